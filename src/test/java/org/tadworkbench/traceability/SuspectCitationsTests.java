package org.tadworkbench.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tadworkbench.SpecVersions;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.impact.TraceLink;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecClause;
import org.tadworkbench.specdiff.ChangeKind;
import org.tadworkbench.specdiff.ClauseChange;
import org.tadworkbench.specdiff.SpecDiff;
import org.tadworkbench.traceability.SuspectCitations.Kind;
import org.tadworkbench.traceability.SuspectCitations.Suspicion;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceReader;

/**
 * Which citations a newer version makes suspect, for each kind of change the aligner can report (given here directly,
 * so these rules do not depend on how the aligner decides): reference traces cite DUIS 3.0d3 §1.4 and §1.4.2.
 */
class SuspectCitationsTests {

    private static final Workspace WS = SpecVersions.withTexts(new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace(),
            SpecVersions.baseline(), SpecVersions.revision());
    private static final ClauseTree OLD = SpecVersions.baseline();

    private static SpecClause old(String number) {
        return OLD.clause(number).orElseThrow();
    }

    private static SpecClause renamed(String oldNumber, String newNumber) {
        SpecClause c = old(oldNumber);
        return new SpecClause(newNumber, c.title(), c.level(), c.text(), c.source());
    }

    private static List<Suspicion> with(ClauseChange... changes) {
        return SuspectCitations.of(WS, (from, to) -> new SpecDiff(from, to, List.of(changes)));
    }

    private static long traces(String clause) {
        return WS.traces().stream().filter(t -> "DUIS".equals(t.document()) && "3.0d3".equals(t.version())
                && clause.equals(t.clause())).count();
    }

    @Test
    void aClauseOnlyRenumberedSuggestsRetargetingTheTracesThatNameTheVersionAndNothingElse() {
        List<Suspicion> found = with(new ClauseChange(ChangeKind.UNCHANGED, true, false, old("1.4"), renamed("1.4", "1.5"), 1, List.of()));

        assertThat(found).isNotEmpty().allSatisfy(s -> {
            assertThat(s.kind()).isEqualTo(Kind.RENUMBERED);
            assertThat(s.item()).isInstanceOf(TraceLink.class);
            assertThat(s.describe()).contains("DUIS 3.0d3 §1.4 can move: DUIS 3.1 numbers the clause 1.5 (text unchanged)",
                    "tad spec retarget WORKSPACE DUIS:3.0d3 DUIS:3.1 --apply");
        });
        assertThat(found).hasSize((int) traces("1.4"));
    }

    @Test
    void movedRemovedAndRewordedAreSuspectAndSayWhatBecameOfTheClause() {
        assertThat(with(new ClauseChange(ChangeKind.UNCHANGED, true, true, old("1.4.2"), renamed("1.4.2", "2.3"), 1, List.of())))
                .extracting(Suspicion::describe).contains("trace of section 4.2.1.7 to DUIS 3.0d3 §1.4.2 is suspect: DUIS 3.1 moves it (now 2.3)");
        assertThat(with(new ClauseChange(ChangeKind.REMOVED, false, false, old("1.4.2"), null, 0, List.of())))
                .extracting(Suspicion::describe).contains("trace of section 4.2.1.8 to DUIS 3.0d3 §1.4.2 is suspect: DUIS 3.1 removes it");
        List<Suspicion> reworded = with(new ClauseChange(ChangeKind.REWORDED, true, true, old("1.4.2"), renamed("1.4.2", "2.3"), 0.7, List.of()));
        assertThat(reworded).extracting(Suspicion::describe)
                .contains("trace of section 4.2.1.7 to DUIS 3.0d3 §1.4.2 is suspect: DUIS 3.1 rewords and moves it (now 2.3)");
        assertThat(reworded).allSatisfy(s -> assertThat(s.kind()).isEqualTo(Kind.SUSPECT));
        assertThat(reworded).extracting(Suspicion::citer).anyMatch(c -> c.startsWith("impact row A"))
                .anyMatch(c -> c.startsWith("variation V01"));
    }

    @Test
    void cosmeticOrUnchangedInPlaceIsNotSuspect() {
        assertThat(with(new ClauseChange(ChangeKind.COSMETIC, false, false, old("1.4.2"), renamed("1.4.2", "1.4.2"), 0.98, List.of()),
                new ClauseChange(ChangeKind.UNCHANGED, false, false, old("1.4"), old("1.4"), 1, List.of()))).isEmpty();
    }

    @Test
    void eachPairOfVersionsIsComparedOnceHoweverManyCitationsThereAre() {
        AtomicInteger comparisons = new AtomicInteger();
        List<Suspicion> found = SuspectCitations.of(WS, (from, to) -> {
            comparisons.incrementAndGet();
            return new SpecDiff(from, to, List.of(new ClauseChange(ChangeKind.REMOVED, false, false, old("1.4"), null, 0, List.of()),
                    new ClauseChange(ChangeKind.REMOVED, false, false, old("1.4.2"), null, 0, List.of())));
        });

        assertThat(found.size()).isGreaterThan(50);
        assertThat(comparisons).hasValue(1);
    }
}
