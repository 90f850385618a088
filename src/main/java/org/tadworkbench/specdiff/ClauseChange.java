package org.tadworkbench.specdiff;

import java.util.List;
import org.tadworkbench.spec.SpecClause;

/**
 * One aligned pair of clauses (or one clause alone: {@code from} null when added, {@code to} null when removed),
 * what kind of change it is, whether its number differs ({@code renumbered}) and whether its parent or its order
 * among its siblings differs ({@code moved}), how similar the two texts are (0 to 1; 1 for unchanged) and, for a
 * reworded clause, the word diff of title and text.
 */
public record ClauseChange(ChangeKind kind, boolean renumbered, boolean moved, SpecClause from, SpecClause to,
                           double similarity, List<DiffSegment> wordDiff) {
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
}
