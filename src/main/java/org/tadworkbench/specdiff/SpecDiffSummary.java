package org.tadworkbench.specdiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The one-sentence summary every report of a specification diff opens with. */
public final class SpecDiffSummary {

    private SpecDiffSummary() {
    }

    /** "Changes in SARIF from version 2.0 to 2.1" (both keys when two documents are compared). */
    public static String title(SpecDiff diff) {
        if (diff.from().document().equals(diff.to().document())) {
            return "Changes in " + diff.from().document() + " from version " + diff.from().version() + " to version "
                    + diff.to().version();
        }
        return "Changes from " + diff.from().key() + " to " + diff.to().key();
    }

    /** "412 clauses compared: 300 unchanged, 12 cosmetic, 80 reworded, 20 added, 4 removed; 210 renumbered, 3 moved". */
    public static String describe(SpecDiff diff) {
        Map<ChangeKind, Integer> counts = diff.counts();
        List<String> kinds = new ArrayList<>();
        for (ChangeKind kind : ChangeKind.values()) {
            kinds.add(counts.get(kind) + " " + kind.word());
        }
        return diff.changes().size() + " clauses compared: " + String.join(", ", kinds) + "; " + diff.renumbered()
                + " renumbered, " + diff.moved() + " moved";
    }

    /** "reworded (similarity 0.91), renumbered from 4.1, moved": what happened to one clause. */
    public static String describe(ClauseChange change) {
        StringBuilder s = new StringBuilder(change.kind().word());
        if (change.kind() == ChangeKind.REWORDED) {
            s.append(String.format(java.util.Locale.ROOT, " (similarity %.2f)", change.similarity()));
        }
        if (change.renumbered()) {
            s.append(", renumbered from ").append(change.fromNumber().isEmpty() ? "no number" : change.fromNumber());
        }
        if (change.moved()) {
            s.append(", moved");
        }
        return s.toString();
    }

    /** Whether a reviewer has anything to look at: every kind but unchanged, and unchanged clauses that were renumbered or moved. */
    public static boolean noteworthy(ClauseChange change) {
        return change.kind() != ChangeKind.UNCHANGED || change.renumbered() || change.moved();
    }

    /** The word changes in short, for a table cell: “MUST” → “MAY”; “old words” deleted; “new words” inserted. */
    public static String wordChanges(ClauseChange change, int limit) {
        if (change.kind() == ChangeKind.ADDED) {
            return "added: " + cut(change.to().title() + " " + change.to().text(), limit - 7);
        }
        if (change.kind() == ChangeKind.REMOVED) {
            return "removed: " + cut(change.from().title() + " " + change.from().text(), limit - 9);
        }
        List<String> parts = new ArrayList<>();
        List<DiffSegment> segments = change.wordDiff();
        for (int k = 0; k < segments.size(); k++) {
            DiffSegment s = segments.get(k);
            if (s.op() == DiffSegment.Op.DELETE && k + 1 < segments.size() && segments.get(k + 1).op() == DiffSegment.Op.INSERT) {
                parts.add("\u201C" + s.text().strip() + "\u201D \u2192 \u201C" + segments.get(++k).text().strip() + "\u201D");
            } else if (s.op() == DiffSegment.Op.DELETE) {
                parts.add("\u201C" + s.text().strip() + "\u201D deleted");
            } else if (s.op() == DiffSegment.Op.INSERT) {
                parts.add("\u201C" + s.text().strip() + "\u201D inserted");
            }
        }
        return cut(String.join("; ", parts).replaceAll("\\s+", " "), limit);
    }

    private static String cut(String text, int limit) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= limit ? t : t.substring(0, Math.max(0, limit - 1)) + "\u2026";
    }
}
