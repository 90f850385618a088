package org.tadworkbench.redline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Totals of a redline: sections by kind of change and words inserted and deleted over the whole document. */
public record RedlineSummary(int sections, Map<ChangeKind, Integer> byKind, int wordsInserted, int wordsDeleted) {

    public RedlineSummary {
        byKind = Map.copyOf(byKind);
    }

    static RedlineSummary of(List<SectionChange> changes) {
        Map<ChangeKind, Integer> byKind = new EnumMap<>(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            byKind.put(kind, 0);
        }
        int inserted = 0;
        int deleted = 0;
        for (SectionChange change : changes) {
            byKind.merge(change.kind(), 1, Integer::sum);
            inserted += change.wordsInserted();
            deleted += change.wordsDeleted();
        }
        return new RedlineSummary(changes.size(), byKind, inserted, deleted);
    }

    public int count(ChangeKind kind) {
        return byKind.getOrDefault(kind, 0);
    }

    /** "69 sections: 12 changed, 1 added, 0 removed, 0 moved, 2 renumbered, 54 unchanged; 310 words inserted, 40 deleted". */
    public String describe() {
        return sections + " sections: " + count(ChangeKind.CHANGED) + " changed, " + count(ChangeKind.ADDED) + " added, "
                + count(ChangeKind.REMOVED) + " removed, " + count(ChangeKind.MOVED) + " moved, "
                + count(ChangeKind.RENUMBERED) + " renumbered, " + count(ChangeKind.UNCHANGED) + " unchanged; "
                + wordsInserted + " words inserted, " + wordsDeleted + " deleted";
    }
}
