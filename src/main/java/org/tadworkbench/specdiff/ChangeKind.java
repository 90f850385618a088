package org.tadworkbench.specdiff;

import java.util.Locale;

/** What happened to a clause between two versions of a specification. */
public enum ChangeKind {
    /** The same text. */
    UNCHANGED,
    /** Only whitespace, line wrapping, case, quotes and dashes, punctuation, or cross-references renumbered by the alignment. */
    COSMETIC,
    /** The words changed. */
    REWORDED,
    /** In the newer version only. */
    ADDED,
    /** In the older version only. */
    REMOVED;

    /** The word the reports and JSON use: unchanged, cosmetic, reworded, added, removed. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the change can alter what the clause requires (reworded, added or removed). */
    public boolean substantive() {
        return this == REWORDED || this == ADDED || this == REMOVED;
    }
}
