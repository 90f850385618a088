package org.tadworkbench.redline;

import java.util.List;
import org.tadworkbench.redline.internal.Tokens;
import org.tadworkbench.redline.internal.WordDiff;

/**
 * The redline's word diff for other modules (the specification diff shows its clauses' changes the same way): two
 * texts compared word by word with java-diff-utils, as runs of kept, inserted and deleted text, with the words
 * inserted and deleted counted.
 */
public record WordComparison(List<TextRun> runs, int wordsInserted, int wordsDeleted) {

    public WordComparison {
        runs = List.copyOf(runs);
    }

    public static WordComparison of(String oldText, String newText) {
        WordDiff.Result result = WordDiff.of(oldText, newText);
        return new WordComparison(result.runs(), result.wordsInserted(), result.wordsDeleted());
    }

    /** The words of a text, lower-cased, as the redline's similarity measures compare them. */
    public static List<String> words(String text) {
        return Tokens.words(text);
    }
}
