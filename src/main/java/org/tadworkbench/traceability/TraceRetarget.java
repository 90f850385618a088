package org.tadworkbench.traceability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadworkbench.impact.TraceLink;
import org.tadworkbench.model.Variation;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.specdiff.ChangeKind;
import org.tadworkbench.specdiff.ClauseChange;
import org.tadworkbench.specdiff.SpecDiff;
import org.tadworkbench.workspace.Workspace;

/**
 * Moves the traces that cite a version of a specification to a later version where the clause kept its words: each
 * trace naming version {@code from} whose clause is unchanged or only cosmetically changed in {@code to}, and has not
 * moved to another parent or place, is given {@code to}'s version and number (renumbered or not). Traces of clauses
 * reworded, moved or removed stay where they are, for an expert (lint calls them suspect). Impact rows are left alone:
 * they record what was assessed against which version. Variations are never changed, as they name no version (they
 * are read against the baselined one); those whose clause {@code to} renumbers are listed for a hand edit when the
 * baseline moves.
 */
public final class TraceRetarget {

    /** A trace given the newer version (and number); {@code merged} when the same trace to the newer version existed. */
    public record Move(TraceLink before, TraceLink after, ChangeKind kind, boolean renumbered, boolean merged) {
    }

    /** A trace of the older version that stays, and why (the change's kind word, "moved", or "not in the text"). */
    public record Stay(TraceLink trace, String reason) {
    }

    /** A variation whose clause the newer version renumbers. */
    public record Renumbered(Variation variation, String newNumber) {
    }

    /** What retargeting does: the moves, what stays, the variations to edit by hand, and the workspace after. */
    public record Plan(String document, String from, String to, List<Move> moves, List<Stay> stays,
                       List<Renumbered> variations, Workspace result) {
        public Plan {
            moves = List.copyOf(moves);
            stays = List.copyOf(stays);
            variations = List.copyOf(variations);
        }
    }

    private TraceRetarget() {
    }

    /** What moving the traces along {@code diff} (from its older version to its newer one) does. */
    public static Plan plan(Workspace ws, SpecDiff diff) {
        ClauseTree from = diff.from();
        ClauseTree to = diff.to();
        if (!from.document().equals(to.document())) {
            throw new IllegalArgumentException("retarget moves traces between versions of one document, not from "
                    + from.key() + " to " + to.key());
        }
        Map<String, ClauseChange> changes = SuspectCitations.byOldNumber(diff);
        Set<TraceLink> existing = new HashSet<>(ws.traces());
        Set<TraceLink> kept = new HashSet<>();
        List<TraceLink> traces = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        List<Stay> stays = new ArrayList<>();
        for (TraceLink trace : ws.traces()) {
            if (!from.document().equals(trace.document()) || !from.version().equals(trace.version())) {
                traces.add(trace);
                continue;
            }
            ClauseChange change = trace.clause() == null ? null : changes.get(SuspectCitations.plain(trace.clause()));
            if (change == null || !keepsWords(change) || change.moved()) {
                stays.add(new Stay(trace, change == null ? "not in the text of " + from.key()
                        : change.kind().substantive() ? change.kind().word() : "moved"));
                traces.add(trace);
                continue;
            }
            TraceLink after = new TraceLink(trace.section(), trace.element(), trace.document(), to.version(),
                    change.toNumber(), trace.kind());
            boolean merged = existing.contains(after) || !kept.add(after);
            moves.add(new Move(trace, after, change.kind(), change.renumbered(), merged));
            if (!merged) {
                traces.add(after);
            }
        }
        List<Renumbered> variations = new ArrayList<>();
        for (Variation variation : ws.model().variations()) {
            ClauseChange change = !from.document().equals(variation.document()) || variation.clause() == null ? null
                    : changes.get(SuspectCitations.plain(variation.clause()));
            if (change != null && keepsWords(change) && change.renumbered()) {
                variations.add(new Renumbered(variation, change.toNumber()));
            }
        }
        return new Plan(from.document(), from.version(), to.version(), moves, stays, variations, ws.withTraces(traces));
    }

    private static boolean keepsWords(ClauseChange change) {
        return change.to() != null && (change.kind() == ChangeKind.UNCHANGED || change.kind() == ChangeKind.COSMETIC);
    }
}
