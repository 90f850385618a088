package org.tadworkbench.specdiff;

import java.util.ArrayList;
import java.util.List;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecClause;

/** Aligns the clauses of two versions of a specification. PLACEHOLDER: pairs equal numbers only; being replaced. */
public final class ClauseAligner {

    private ClauseAligner() {
    }

    public static SpecDiff diff(ClauseTree from, ClauseTree to) {
        List<ClauseChange> changes = new ArrayList<>();
        List<SpecClause> unmatched = new ArrayList<>(from.clauses());
        for (SpecClause clause : to.clauses()) {
            SpecClause old = from.clause(clause.number()).filter(unmatched::contains).orElse(null);
            if (old == null) {
                changes.add(new ClauseChange(ChangeKind.ADDED, false, false, null, clause, 0, List.of()));
            } else {
                unmatched.remove(old);
                boolean same = old.text().equals(clause.text()) && old.title().equals(clause.title());
                changes.add(new ClauseChange(same ? ChangeKind.UNCHANGED : ChangeKind.REWORDED, false, false, old, clause,
                        same ? 1 : 0.5, List.of()));
            }
        }
        unmatched.forEach(old -> changes.add(new ClauseChange(ChangeKind.REMOVED, false, false, old, null, 0, List.of())));
        return new SpecDiff(from, to, changes);
    }
}
