package org.tadworkbench.store;

/**
 * What saving a section edit gave: {@link Saved} with the new revision, or {@link Conflict} when someone else saved
 * first (the edit was not applied; the current text, its revision and who saved it are returned so both texts can
 * be shown). An edit never silently overwrites another.
 */
public sealed interface SectionUpdate {

    record Saved(int revision) implements SectionUpdate {
    }

    record Conflict(String theirText, int theirRevision, String theirAuthor) implements SectionUpdate {
    }
}
