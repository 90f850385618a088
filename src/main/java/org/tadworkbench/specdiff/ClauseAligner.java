package org.tadworkbench.specdiff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.tadworkbench.redline.TextRun;
import org.tadworkbench.redline.ChangeOrder;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecClause;
import org.tadworkbench.specdiff.internal.Alignment;
import org.tadworkbench.specdiff.internal.TextDiff;
import org.tadworkbench.specdiff.internal.Moves;
import org.tadworkbench.specdiff.internal.Numbers;

/**
 * Compares two versions of a specification clause by clause. The clauses are aligned by number, title and text
 * together in one global assignment ({@link Alignment}), so renumbered, moved, split and merged clauses find their
 * counterparts; each pair is then unchanged, cosmetic or reworded (with its word diff and similarity), and flagged
 * renumbered and moved; what stays alone was added or removed.
 */
public final class ClauseAligner {

    private ClauseAligner() {
    }

    public static SpecDiff diff(ClauseTree from, ClauseTree to) {
        List<SpecClause> older = from.clauses();
        List<SpecClause> newer = to.clauses();
        Alignment alignment = Alignment.of(older, newer);
        int[] newForOld = alignment.newForOld();
        boolean[] moved = Moves.of(older, newer, newForOld);
        Map<String, String> renumbered = new HashMap<>();
        int[] oldForNew = new int[newer.size()];
        Arrays.fill(oldForNew, -1);
        for (int i = 0; i < older.size(); i++) {
            int j = newForOld[i];
            if (j >= 0) {
                oldForNew[j] = i;
                String a = Numbers.plain(older.get(i).number());
                String b = Numbers.plain(newer.get(j).number());
                if (!a.isEmpty() && !b.isEmpty() && !a.equals(b)) {
                    renumbered.put(a, b);
                }
            }
        }
        // The pairs' word diffs are independent of each other: computed side by side.
        ClauseChange[] pairs = new ClauseChange[newer.size()];
        IntStream.range(0, newer.size()).parallel().forEach(j -> {
            int i = oldForNew[j];
            pairs[j] = i < 0 ? added(newer.get(j)) : paired(older.get(i), newer.get(j), moved[i], alignment.cosmetic(i, j, renumbered));
        });
        // Removed clauses are listed after the counterpart of the nearest kept clause before them in the old version.
        List<ClauseChange> changes = ChangeOrder.of(newForOld, newer.size(), j -> pairs[j], i -> removed(older.get(i)));
        return new SpecDiff(from, to, changes);
    }

    private static ClauseChange added(SpecClause clause) {
        return new ClauseChange(ChangeKind.ADDED, false, false, null, clause, 0, List.of());
    }

    private static ClauseChange removed(SpecClause clause) {
        return new ClauseChange(ChangeKind.REMOVED, false, false, clause, null, 0, List.of());
    }

    private static ClauseChange paired(SpecClause o, SpecClause n, boolean moved, boolean cosmetic) {
        boolean renumber = !Numbers.plain(o.number()).equals(Numbers.plain(n.number()));
        if (o.title().equals(n.title()) && o.text().equals(n.text())) {
            return new ClauseChange(ChangeKind.UNCHANGED, renumber, moved, o, n, 1, List.of());
        }
        TextDiff.Result title = TextDiff.of(o.title(), n.title());
        TextDiff.Result text = TextDiff.of(o.text(), n.text());
        List<DiffSegment> diff = new ArrayList<>();
        title.runs().forEach(r -> diff.add(segment(r)));
        diff.add(ClauseChange.TITLE_END);
        text.runs().forEach(r -> diff.add(segment(r)));
        if (cosmetic) {
            return new ClauseChange(ChangeKind.COSMETIC, renumber, moved, o, n, 1, diff);
        }
        int all = title.oldWords() + title.newWords() + text.oldWords() + text.newWords();
        double similarity = all == 0 ? 0 : 2.0 * (title.keptWords() + text.keptWords()) / all;
        // Reworded is never shown as 1: three decimals, rounded down, at most 0.999.
        similarity = Math.min(0.999, Math.floor(similarity * 1000) / 1000);
        return new ClauseChange(ChangeKind.REWORDED, renumber, moved, o, n, similarity, diff);
    }

    private static DiffSegment segment(TextRun run) {
        return new DiffSegment(switch (run.kind()) {
            case EQUAL -> DiffSegment.Op.EQUAL;
            case INSERTED -> DiffSegment.Op.INSERT;
            case DELETED -> DiffSegment.Op.DELETE;
        }, run.text());
    }
}
