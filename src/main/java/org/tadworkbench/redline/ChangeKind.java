package org.tadworkbench.redline;

/**
 * What happened to a section between two versions. A moved or renumbered section may also have changed text;
 * {@link SectionChange#textChanged()} tells.
 */
public enum ChangeKind {
    /** Only in the new version. */
    ADDED,
    /** Only in the old version. */
    REMOVED,
    /** Matched to a section under a different parent. */
    MOVED,
    /** Matched to a section with another number under the same parent (or the parent's counterpart). */
    RENUMBERED,
    /** Same number, different title or text. */
    CHANGED,
    /** Same number, title and text. */
    UNCHANGED;

    /** The kind as written in reports: lower case ("renumbered"). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
