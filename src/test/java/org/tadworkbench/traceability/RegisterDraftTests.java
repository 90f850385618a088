package org.tadworkbench.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadworkbench.SpecVersions;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.impact.ClauseRef;
import org.tadworkbench.impact.DraftImpacts;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ImpactStatus;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecClause;
import org.tadworkbench.spec.SpecVersion;
import org.tadworkbench.specdiff.ChangeKind;
import org.tadworkbench.specdiff.ClauseChange;
import org.tadworkbench.specdiff.SpecDiff;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceReader;

/** The draft register of a release from DUIS 3.0d3..3.1 (1.4.2 reworded, 1.4.4 added, 1.3 cosmetic) on the reference workspace. */
class RegisterDraftTests {

    private static final Workspace WS = SpecVersions.withTexts(new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace(),
            SpecVersions.baseline(), SpecVersions.revision());
    private static final ClauseTree OLD = SpecVersions.baseline();
    private static final ClauseTree NEW = SpecVersions.revision();
    private static final SpecDiff DIFF = new SpecDiff(OLD, NEW, List.of(
            same("1"), same("1.1"),
            new ClauseChange(ChangeKind.COSMETIC, false, false, OLD.clause("1.3").orElseThrow(),
                    SpecVersions.clause("1.3", "TERMS", OLD.clause("1.3").orElseThrow().text()), 0.99, List.of()),
            same("1.4"), same("1.4.1"),
            new ClauseChange(ChangeKind.REWORDED, false, false, OLD.clause("1.4.2").orElseThrow(), NEW.clause("1.4.2").orElseThrow(), 0.6, List.of()),
            same("1.4.3"),
            new ClauseChange(ChangeKind.ADDED, false, false, null, NEW.clause("1.4.4").orElseThrow(), 0, List.of()),
            same("2"), same("2.1")));

    private static ClauseChange same(String number) {
        SpecClause c = OLD.clause(number).orElseThrow();
        return new ClauseChange(ChangeKind.UNCHANGED, false, false, c, c, 1, List.of());
    }

    private static RegisterDraft.Outcome draft(Workspace ws, String release) {
        return RegisterDraft.draft(ws, release, List.of(DIFF), RegisterDraft.DEFAULT_THRESHOLD);
    }

    @Test
    void aNewReleaseGetsProposedRowsForEverySectionTheRewordedClauseReachesWithTheirReasons() {
        RegisterDraft.Outcome outcome = draft(WS, "next-release");

        assertThat(outcome.created()).isTrue();
        List<ImpactRow> rows = outcome.register().impacts();
        assertThat(rows).isEqualTo(outcome.added()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(ImpactStatus.PROPOSED);
            assertThat(r.document()).isEqualTo("DUIS");
            assertThat(r.version()).isEqualTo("3.1");
        });
        List<String> expected = new ImpactAnalysis(WS).candidates(List.of(new ClauseRef("DUIS", "1.4.2"))).stream()
                .filter(c -> c.score() >= RegisterDraft.DEFAULT_THRESHOLD).map(Candidate::section).toList();
        List<ImpactRow> reworded = rows.stream().filter(r -> "1.4.2".equals(r.clause())).toList();
        assertThat(reworded).extracting(ImpactRow::section).containsExactlyElementsOf(expected).contains("4.2.1.7", "4.2.1.8")
                .hasSizeLessThan(new ImpactAnalysis(WS).candidates(List.of(new ClauseRef("DUIS", "1.4.2"))).size());
        assertThat(reworded).filteredOn(r -> r.section().equals("4.2.1.7")).singleElement().satisfies(r -> {
            assertThat(r.change()).isEqualTo("Assess: DUIS 3.1 rewords §1.4.2 Requests withheld (§1.4.2 in 3.0d3, similarity 0.60).");
            assertThat(r.note()).startsWith("Proposed from the diff of DUIS 3.0d3..3.1 (score 1.00, direct): ")
                    .contains("DUIS 3.0d3 §1.4.2 (trace)");
            assertThat(r.sectionTitle()).isEqualTo(WS.section("4.2.1.7").orElseThrow().title());
        });
        // The added clause reaches nothing: one proposed no-impact row, as the PID's register records no impact.
        assertThat(rows).filteredOn(r -> "1.4.4".equals(r.clause())).singleElement().satisfies(r -> {
            assertThat(r.hasImpact()).isFalse();
            assertThat(r.change()).startsWith("No impact to the TAD found: DUIS 3.1 adds §1.4.4 Firmware");
            assertThat(r.note()).contains("below the threshold", "lies within DUIS 3.0d3 §1.4");
        });
        assertThat(rows).noneMatch(r -> "1.3".equals(r.clause()));
        assertThat(outcome.notProposed()).extracting(ClauseChange::fromNumber).containsExactly("1.3");
        assertThat(rows).extracting(ImpactRow::id).startsWith("A01", "A02");
    }

    @Test
    void theNewReleaseBecomesABaselineHoldingTheNewerVersionAndTheWorkspaceLintsClean() {
        Workspace after = draft(WS, "next-release").workspace();

        assertThat(after.specs().baseline("next-release")).isPresent();
        assertThat(after.specs().spec("DUIS").orElseThrow().versions()).extracting(SpecVersion::version, SpecVersion::baseline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3.0d3", "smets1-services"),
                        org.assertj.core.groups.Tuple.tuple("3.1", "next-release"));
        LintReport report = new WorkspaceLinter().lint(new ReadResult(after, List.of(), new Locations()));
        assertThat(report.errors()).as(String.valueOf(report.findings())).isZero();
        assertThat(report.findings()).noneMatch(f -> f.code().equals("impact-status"));
    }

    @Test
    void draftingAgainAddsNothingAndKeepsWhatExpertsDecided() {
        Workspace drafted = draft(WS, "next-release").workspace();
        List<ImpactRow> rows = new ArrayList<>(drafted.release("next-release").orElseThrow().impacts());
        rows.set(0, DraftImpacts.accept(rows.get(0)));
        rows.set(1, DraftImpacts.reject(rows.get(1), "the section only names the variants"));
        ImpactRow owned = rows.get(2);
        rows.set(2, new ImpactRow(owned.id(), owned.document(), owned.version(), owned.clause(), owned.clauseTitle(), owned.section(),
                owned.target(), owned.sectionTitle(), "Say which variants are offered.", ImpactStatus.PROPOSED, "Asked the DCC.",
                "SECAS Technical Expert", null, null, List.of()));
        ReleaseImpacts edited = new ReleaseImpacts("next-release", "Next", List.of(), rows);
        Workspace triaged = drafted.withRelease(edited);

        RegisterDraft.Outcome again = draft(triaged, "next-release");

        assertThat(again.added()).isEmpty();
        assertThat(again.alreadyThere()).isEqualTo(rows.size());
        assertThat(again.register()).isEqualTo(edited);
        assertThat(again.workspace()).isEqualTo(triaged);
    }

    @Test
    void aClauseAnExpertRuledHasNoImpactIsNotProposedAgain() {
        // The spreadsheet way of rejecting: no section, status no-impact.
        Workspace drafted = draft(WS, "next-release").workspace();
        List<ImpactRow> rows = drafted.release("next-release").orElseThrow().impacts().stream()
                .filter(r -> !"1.4.2".equals(r.clause())).toList();
        ImpactRow ruled = new ImpactRow("A40", "DUIS", "3.1", "1.4.2", null, ImpactRow.NO_IMPACT, null, null,
                "No impact to the TAD.", ImpactStatus.NO_IMPACT, null, null, null, null, List.of());
        List<ImpactRow> kept = new ArrayList<>(rows);
        kept.add(ruled);

        RegisterDraft.Outcome again = draft(drafted.withRelease(new ReleaseImpacts("next-release", "Next", List.of(), kept)), "next-release");

        assertThat(again.added()).isEmpty();
    }

    @Test
    void rowsJoinAnExistingRegisterUnderItsNextIdsAndProposalsAreNotEvidence() {
        RegisterDraft.Outcome outcome = draft(WS, "smets1-services");

        assertThat(outcome.created()).isFalse();
        assertThat(outcome.added()).extracting(ImpactRow::id).startsWith("A57", "A58");
        assertThat(outcome.register().impacts()).startsWith(WS.release("smets1-services").orElseThrow().impacts().toArray(ImpactRow[]::new));
        assertThat(outcome.register().title()).isEqualTo(WS.release("smets1-services").orElseThrow().title());
        List<ClauseRef> changed = List.of(new ClauseRef("DUIS", "1.4.4"));
        assertThat(new ImpactAnalysis(outcome.workspace()).candidates(changed)).isEqualTo(new ImpactAnalysis(WS).candidates(changed));
    }
}
