package org.tadworkbench.specdiff;

import java.util.List;
import org.tadworkbench.spec.SpecClause;

/**
 * One aligned pair of clauses (or one clause alone: {@code from} null when added, {@code to} null when removed),
 * what kind of change it is, whether its number differs ({@code renumbered}) and whether its parent or its order
 * among its siblings differs ({@code moved}), how similar the two texts are (0 to 1; 1 for unchanged and cosmetic)
 * and, for a reworded or cosmetic change, the word diff: the title's segments, {@link #TITLE_END}, then the text's.
 */
public record ClauseChange(ChangeKind kind, boolean renumbered, boolean moved, SpecClause from, SpecClause to,
                           double similarity, List<DiffSegment> wordDiff) {

    /** Ends the title's part of a word diff (a title never holds a line break, so never this segment). */
    public static final DiffSegment TITLE_END = new DiffSegment(DiffSegment.Op.EQUAL, "\n\n");

    public ClauseChange {
        wordDiff = wordDiff == null ? List.of() : List.copyOf(wordDiff);
    }

    /** The number the clause had in the older version, or null when it was added. */
    public String fromNumber() {
        return from == null ? null : from.number();
    }

    /** The number the clause has in the newer version, or null when it was removed. */
    public String toNumber() {
        return to == null ? null : to.number();
    }

    /** The word diff of the title (empty when there is no word diff). */
    public List<DiffSegment> titleDiff() {
        int end = wordDiff.indexOf(TITLE_END);
        return end < 0 ? List.of() : wordDiff.subList(0, end);
    }

    /** The word diff of the text (empty when there is no word diff). */
    public List<DiffSegment> textDiff() {
        int end = wordDiff.indexOf(TITLE_END);
        return end < 0 ? List.of() : wordDiff.subList(end + 1, wordDiff.size());
    }
}
