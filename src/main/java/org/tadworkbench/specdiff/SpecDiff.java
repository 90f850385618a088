package org.tadworkbench.specdiff;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tadworkbench.spec.ClauseTree;

/** The clause-by-clause comparison of two versions of one specification, in the newer version's order (removed clauses where they stood). */
public record SpecDiff(ClauseTree from, ClauseTree to, List<ClauseChange> changes) {
    public SpecDiff {
        changes = List.copyOf(changes);
    }

    /** How many changes of each kind, every kind present (zero when none), plus how many were renumbered and moved. */
    public Map<ChangeKind, Integer> counts() {
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            counts.put(kind, 0);
        }
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return counts;
    }

    public long renumbered() {
        return changes.stream().filter(ClauseChange::renumbered).count();
    }

    public long moved() {
        return changes.stream().filter(ClauseChange::moved).count();
    }

    /** What became of the older version's clause with this number (a trailing dot ignored). */
    public Optional<ClauseChange> ofOldClause(String number) {
        String wanted = number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
        return changes.stream().filter(c -> c.from() != null
                && (c.from().number().equals(wanted) || c.from().number().equals(wanted + "."))).findFirst();
    }
}
