package org.tadworkbench.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadworkbench.SpecVersions;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.impact.TraceLink;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecClause;
import org.tadworkbench.specdiff.ChangeKind;
import org.tadworkbench.specdiff.ClauseChange;
import org.tadworkbench.specdiff.SpecDiff;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceReader;

/** Retargeting moves traces of clauses that kept their words and place; the rest stays for an expert. */
class TraceRetargetTests {

    private static final Workspace WS = SpecVersions.withTexts(new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace(),
            SpecVersions.baseline(), SpecVersions.revision());
    private static final ClauseTree OLD = SpecVersions.baseline();
    private static final ClauseTree NEW = SpecVersions.revision();

    private static SpecClause numbered(String oldNumber, String newNumber) {
        SpecClause c = OLD.clause(oldNumber).orElseThrow();
        return new SpecClause(newNumber, c.title(), c.level(), c.text(), c.source());
    }

    private static List<TraceLink> traces(Workspace ws, String version, String clause) {
        return ws.traces().stream().filter(t -> "DUIS".equals(t.document()) && version.equals(t.version())
                && clause.equals(t.clause())).toList();
    }

    @Test
    void renumberedTracesMoveToTheNewNumberAndVersionAndRewordedOnesStay() {
        SpecDiff diff = new SpecDiff(OLD, NEW, List.of(
                new ClauseChange(ChangeKind.COSMETIC, true, false, OLD.clause("1.4").orElseThrow(), numbered("1.4", "1.5"), 0.99, List.of()),
                new ClauseChange(ChangeKind.REWORDED, false, false, OLD.clause("1.4.2").orElseThrow(), NEW.clause("1.4.2").orElseThrow(), 0.7, List.of())));
        int toOneFour = traces(WS, "3.0d3", "1.4").size();
        int toOneFourTwo = traces(WS, "3.0d3", "1.4.2").size();

        TraceRetarget.Plan plan = TraceRetarget.plan(WS, diff);

        assertThat(plan.moves()).hasSize(toOneFour).allSatisfy(m -> {
            assertThat(m.renumbered()).isTrue();
            assertThat(m.after()).isEqualTo(new TraceLink(m.before().section(), m.before().element(), "DUIS", "3.1", "1.5", m.before().kind()));
        });
        assertThat(plan.stays()).hasSize(toOneFourTwo).allSatisfy(s -> assertThat(s.reason()).isEqualTo("reworded"));
        Workspace after = plan.result();
        assertThat(traces(after, "3.0d3", "1.4")).isEmpty();
        assertThat(traces(after, "3.1", "1.5")).hasSize(toOneFour);
        assertThat(traces(after, "3.0d3", "1.4.2")).hasSize(toOneFourTwo);
        assertThat(after.traces()).hasSameSizeAs(WS.traces());
        // Impact rows record what was assessed: untouched. Variations name no version: listed, not changed.
        assertThat(after.releases()).isEqualTo(WS.releases());
        assertThat(after.model()).isEqualTo(WS.model());
        assertThat(plan.variations()).isNotEmpty().allSatisfy(v -> {
            assertThat(v.variation().clause()).isEqualTo("1.4");
            assertThat(v.newNumber()).isEqualTo("1.5");
        });
    }

    @Test
    void aMovedClauseStaysAndAnUnchangedOneMovesToTheNewVersionUnderItsOwnNumber() {
        SpecDiff diff = new SpecDiff(OLD, NEW, List.of(
                new ClauseChange(ChangeKind.UNCHANGED, false, false, OLD.clause("1.4").orElseThrow(), NEW.clause("1.4").orElseThrow(), 1, List.of()),
                new ClauseChange(ChangeKind.UNCHANGED, true, true, OLD.clause("1.4.2").orElseThrow(), numbered("1.4.2", "2.3"), 1, List.of())));

        TraceRetarget.Plan plan = TraceRetarget.plan(WS, diff);

        assertThat(plan.moves()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.renumbered()).isFalse();
            assertThat(m.after().clause()).isEqualTo("1.4");
            assertThat(m.after().version()).isEqualTo("3.1");
        });
        assertThat(plan.stays()).isNotEmpty().allSatisfy(s -> assertThat(s.reason()).isEqualTo("moved"));
        // Variations name no version, so they are listed with the new number whether or not the clause moved.
        assertThat(plan.variations()).isNotEmpty().allSatisfy(v -> assertThat(v.newNumber()).isEqualTo("2.3"));
    }

    @Test
    void aTraceAlreadyGivenForTheNewVersionIsNotDuplicated() {
        TraceLink old = traces(WS, "3.0d3", "1.4").get(0);
        TraceLink current = new TraceLink(old.section(), old.element(), "DUIS", "3.1", "1.4", old.kind());
        List<TraceLink> traces = new java.util.ArrayList<>(WS.traces());
        traces.add(current);
        SpecDiff diff = new SpecDiff(OLD, NEW, List.of(
                new ClauseChange(ChangeKind.UNCHANGED, false, false, OLD.clause("1.4").orElseThrow(), NEW.clause("1.4").orElseThrow(), 1, List.of())));

        TraceRetarget.Plan plan = TraceRetarget.plan(WS.withTraces(traces), diff);

        assertThat(plan.moves()).filteredOn(TraceRetarget.Move::merged).singleElement()
                .satisfies(m -> assertThat(m.before()).isEqualTo(old));
        assertThat(plan.result().traces()).containsOnlyOnce(current).doesNotContain(old);
    }
}
