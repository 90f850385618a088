package org.tadworkbench.specdiff.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.tadworkbench.redline.RunKind;
import org.tadworkbench.redline.TextRun;
import org.tadworkbench.redline.WordComparison;

/**
 * The word diff of a clause's text, kept fast on long clauses: a short text is compared word by word
 * ({@link WordComparison}, the redline's word diff); a long one paragraph by paragraph first, and only the changed
 * stretches word by word (paragraph by paragraph when both sides have as many; a stretch too long to compare word
 * by word is shown deleted and inserted whole). Word-level diffing is quadratic in the changes, and a rewritten
 * change log of thousands of words must not hold up the whole comparison.
 */
public final class TextDiff {

    /** Longest text (both sides, in characters) compared word by word in one go. */
    static final int WORD_LIMIT = 1500;

    /** Runs of the diff, with the words the two sides share, and how many words each has. */
    public record Result(List<TextRun> runs, int keptWords, int oldWords, int newWords) {

        /** 2 × shared words / all words (1 when neither side has a word). */
        public double similarity() {
            return oldWords + newWords == 0 ? 1 : 2.0 * keptWords / (oldWords + newWords);
        }
    }

    private TextDiff() {
    }

    public static Result of(String oldText, String newText) {
        List<TextRun> runs = new ArrayList<>();
        if (oldText.length() + newText.length() <= WORD_LIMIT) {
            runs.addAll(WordComparison.of(oldText, newText).runs());
        } else {
            byParagraph(oldText, newText, runs);
        }
        int kept = 0;
        int deleted = 0;
        int inserted = 0;
        for (TextRun run : runs) {
            int words = WordComparison.words(run.text()).size();
            switch (run.kind()) {
                case EQUAL -> kept += words;
                case DELETED -> deleted += words;
                case INSERTED -> inserted += words;
            }
        }
        return new Result(List.copyOf(merged(runs)), kept, kept + deleted, kept + inserted);
    }

    private static void byParagraph(String oldText, String newText, List<TextRun> runs) {
        List<String> a = paragraphs(oldText);
        List<String> b = paragraphs(newText);
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int at = delta.getSource().getPosition();
            if (at > position) {
                runs.add(new TextRun(RunKind.EQUAL, String.join("", a.subList(position, at))));
            }
            List<String> gone = delta.getSource().getLines();
            List<String> come = delta.getTarget().getLines();
            if (gone.size() == come.size() && gone.size() > 1) {
                for (int k = 0; k < gone.size(); k++) {
                    stretch(gone.get(k), come.get(k), runs);
                }
            } else {
                stretch(String.join("", gone), String.join("", come), runs);
            }
            position = at + gone.size();
        }
        if (position < a.size()) {
            runs.add(new TextRun(RunKind.EQUAL, String.join("", a.subList(position, a.size()))));
        }
    }

    private static void stretch(String gone, String come, List<TextRun> runs) {
        if (gone.length() + come.length() <= WORD_LIMIT) {
            runs.addAll(WordComparison.of(gone, come).runs());
            return;
        }
        if (!gone.isEmpty()) {
            runs.add(new TextRun(RunKind.DELETED, gone));
        }
        if (!come.isEmpty()) {
            runs.add(new TextRun(RunKind.INSERTED, come));
        }
    }

    /** The paragraphs of a text, each with the blank line that follows it, so that joined they give the text back. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            int next = end < 0 ? text.length() : end + 2;
            out.add(text.substring(start, next));
            start = next;
        }
        return out;
    }

    private static List<TextRun> merged(List<TextRun> runs) {
        List<TextRun> out = new ArrayList<>();
        for (TextRun run : runs) {
            if (!out.isEmpty() && out.get(out.size() - 1).kind() == run.kind()) {
                TextRun last = out.remove(out.size() - 1);
                out.add(new TextRun(run.kind(), last.text() + run.text()));
            } else {
                out.add(run);
            }
        }
        return out;
    }
}
