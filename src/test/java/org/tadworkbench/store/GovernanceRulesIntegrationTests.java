package org.tadworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.document.Section;
import org.tadworkbench.impact.ImpactStatus;
import org.tadworkbench.review.AuditEntry;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.CommentTarget;
import org.tadworkbench.review.Decision;
import org.tadworkbench.review.Disposition;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.review.Governance;
import org.tadworkbench.review.ReviewException;
import org.tadworkbench.review.RoleRefusedException;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceWriter;

/**
 * The review route's promises, each refused with its reason and leaving everything as it was: the text holds still
 * under consultation, a consultation runs to its closing date, nothing changes after approval, publication needs
 * every comment disposed and the unrealised rows acknowledged, decisions are dated honestly and corrected openly, and
 * an import passes the same rules.
 */
class GovernanceRulesIntegrationTests {

    private static final String WS = "sec-tad";
    private static final String SECTION = "4.2.1.7";
    private static final LocalDate OPENS = LocalDate.of(2019, 3, 12);
    private static final LocalDate CLOSES = LocalDate.of(2019, 4, 9);
    /** Today for the store: the consultation has closed, the TABASC met on 18 April. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-04-25T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private final DataSource dataSource = TestDatabases.h2();
    private final WorkspaceStore workspaces = new WorkspaceStore(dataSource, CLOCK);
    private final GovernanceStore g = new GovernanceStore(dataSource, CLOCK);

    GovernanceRulesIntegrationTests() {
        assertThat(new WorkspaceImporter(workspaces).importFrom(TestWorkspaces.REFERENCE, "ivy").imported()).isTrue();
    }

    private Comment openConsultationWithAComment() {
        g.changeState(WS, "3.0", DocumentState.INTERNAL_REVIEW, "dora", AccountRole.DRAFTER, OPENS);
        g.openConsultation(WS, "3.0", List.of("SEC Parties"), OPENS, CLOSES, List.of(), "quinn", AccountRole.QUALITY_ASSURANCE);
        return g.addComment(WS, new Comment(0, "3.0", CommentTarget.SECTION, SECTION, "rita", "Energy Co", null,
                "Which HHT?", null, null, null), AccountRole.RESPONDENT);
    }

    /** Everything recorded, and the section's text: what "nothing changed" compares. */
    private record Recorded(Governance governance, String text) {
    }

    private Recorded recorded() {
        return new Recorded(g.loadGovernance(WS), g.section(WS, SECTION).orElseThrow().section().body());
    }

    @Test
    void aDrafterEditDuringTheConsultationIsRefusedWithItsReasonAndTheTextHoldsStill() {
        openConsultationWithAComment();
        Recorded before = recorded();

        assertThatThrownBy(() -> g.updateSection(WS, SECTION, 1, "EDITED DURING CONSULTATION", null, "dora"))
                .isInstanceOf(ReviewException.class)
                .hasMessageStartingWith("version 3.0 is under consultation until 2019-04-09: its text holds still");

        assertThat(recorded()).isEqualTo(before);
    }

    @Test
    void closingBeforeThePublishedClosingDateIsRefusedNamingTheDate() {
        openConsultationWithAComment();
        Recorded before = recorded();

        assertThatThrownBy(() -> g.changeState(WS, "3.0", DocumentState.CONSULTATION_CLOSED, "quinn",
                AccountRole.QUALITY_ASSURANCE, CLOSES.minusDays(1)))
                .hasMessage("consultation 1 on version 3.0 closes on 2019-04-09, its published closing date; it cannot be "
                        + "closed before (today is 2019-04-08)");

        assertThat(recorded()).isEqualTo(before);
        assertThat(g.changeState(WS, "3.0", DocumentState.CONSULTATION_CLOSED, "quinn", AccountRole.QUALITY_ASSURANCE, CLOSES))
                .isEqualTo(DocumentState.CONSULTATION_CLOSED);
    }

    @Test
    void decisionsAreNotDatedInTheFutureNorBeforeTheConsultationClosed() {
        openConsultationWithAComment();
        g.changeState(WS, "3.0", DocumentState.CONSULTATION_CLOSED, "quinn", AccountRole.QUALITY_ASSURANCE, CLOSES);
        Recorded before = recorded();

        assertThatThrownBy(() -> g.recordDecision(WS, new Decision("3.0", Decision.Outcome.APPROVED,
                LocalDate.of(2030, 1, 1), "X/1", "carol"), AccountRole.TABASC_CHAIR))
                .hasMessage("the TABASC decision is dated 2030-01-01, in the future (today is 2019-04-25): record it on or after the meeting");
        assertThatThrownBy(() -> g.recordDecision(WS, new Decision("3.0", Decision.Outcome.APPROVED,
                LocalDate.of(2019, 4, 1), "X/1", "carol"), AccountRole.TABASC_CHAIR))
                .hasMessage("the TABASC decision is dated 2019-04-01, before consultation 1 on version 3.0 closed on 2019-04-09");

        assertThat(recorded()).isEqualTo(before);
    }

    @Test
    void aCorrectionSupersedesTheDecisionWithItsReasonAndItsOwnAuditEntryByTheChairOnly() {
        approveWithTheCommentDisposed();
        Decision correction = new Decision("3.0", Decision.Outcome.APPROVED_WITH_CHANGES, LocalDate.of(2019, 4, 18),
                "TABASC_45/7", "carol", "the minute records approval with changes");
        Recorded before = recorded();

        assertThatThrownBy(() -> g.recordDecision(WS, correction, AccountRole.QUALITY_ASSURANCE))
                .isInstanceOf(RoleRefusedException.class).hasMessageStartingWith("only TABASC chair may record the TABASC decision");
        assertThatThrownBy(() -> g.recordDecision(WS, new Decision("3.0", Decision.Outcome.REJECTED, LocalDate.of(2019, 4, 18),
                "TABASC_45/7", "carol", "rejected after all"), AccountRole.TABASC_CHAIR))
                .hasMessageContaining("turning an approval into a rejection, or back, is a new decision");
        assertThat(recorded()).isEqualTo(before);

        g.recordDecision(WS, correction, AccountRole.TABASC_CHAIR);

        Governance after = g.loadGovernance(WS);
        assertThat(after.decision("3.0")).contains(correction);
        assertThat(after.decisions()).hasSize(2);
        assertThat(after.state("3.0")).contains(DocumentState.APPROVED);
        AuditEntry entry = after.audit().get(after.audit().size() - 1);
        assertThat(entry.action()).isEqualTo("decision-corrected");
        assertThat(entry.before()).contains("\"outcome\" : \"approved\"");
        assertThat(entry.after()).contains("the minute records approval with changes");
    }

    @Test
    void afterApprovalADispositionIsRefusedAndNothingChanges() {
        Comment comment = approveWithTheCommentDisposed();
        Recorded before = recorded();

        assertThatThrownBy(() -> g.dispose(WS, new Disposition(comment.id(), Disposition.Outcome.NOTED, "changed after approval",
                null, null, null, "quinn", null), AccountRole.QUALITY_ASSURANCE))
                .hasMessage("version 3.0 is approved: what is recorded about it no longer changes, so a disposition of comment 1 is refused");

        assertThat(recorded()).isEqualTo(before);
    }

    @Test
    void publishingNeedsEveryCommentDisposedThenTheUnrealisedRowsAcknowledgedWhichTheAuditRecords() {
        Comment comment = openConsultationWithAComment();
        Comment second = g.addComment(WS, new Comment(0, "3.0", CommentTarget.DOCUMENT, null, "rita", "Energy Co", null,
                "And the rest?", null, null, null), AccountRole.RESPONDENT);
        g.changeState(WS, "3.0", DocumentState.CONSULTATION_CLOSED, "quinn", AccountRole.QUALITY_ASSURANCE, CLOSES);
        g.dispose(WS, new Disposition(comment.id(), Disposition.Outcome.NOTED, "Noted.", null, null, null, "dora", null), AccountRole.DRAFTER);
        g.recordDecision(WS, new Decision("3.0", Decision.Outcome.APPROVED, LocalDate.of(2019, 4, 18), "TABASC_45/7", "carol"), AccountRole.TABASC_CHAIR);
        Recorded before = recorded();

        assertThatThrownBy(() -> g.changeState(WS, "3.0", DocumentState.PUBLISHED, "quinn", AccountRole.QUALITY_ASSURANCE, OPENS, true))
                .hasMessage("version 3.0 cannot be published: 1 comment has no disposition: comment " + second.id() + " (document)");
        assertThat(recorded()).isEqualTo(before);
        assertThat(g.publicationGate(WS, "3.0").undisposed()).containsExactly("comment 2 (document)");
    }

    @Test
    void unrealisedRowsOfTheReleaseAreListedAndNeedAnAcknowledgement() {
        approveWithTheCommentDisposed();
        List<String> unrealised = g.publicationGate(WS, "3.0").unrealisedRows();
        assertThat(unrealised).isNotEmpty();
        Recorded before = recorded();

        assertThatThrownBy(() -> g.changeState(WS, "3.0", DocumentState.PUBLISHED, "quinn", AccountRole.QUALITY_ASSURANCE, OPENS))
                .hasMessageStartingWith("version 3.0 has " + unrealised.size() + " unrealised impact rows (" + unrealised.get(0))
                .hasMessageEndingWith("): acknowledge them to publish");
        assertThat(recorded()).isEqualTo(before);

        g.changeState(WS, "3.0", DocumentState.PUBLISHED, "quinn", AccountRole.QUALITY_ASSURANCE, OPENS, true);
        List<AuditEntry> audit = g.auditTrail(WS);
        assertThat(audit.get(audit.size() - 2)).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::after)
                .containsExactly("quinn", "unrealised-rows-acknowledged", "acknowledged unrealised impact rows: " + String.join(", ", unrealised));
    }

    @Test
    void aChangeAfterTheConsultationClosedIsPublishedOnlyOnceADispositionLinksIt() {
        Comment comment = openConsultationWithAComment();
        g.changeState(WS, "3.0", DocumentState.CONSULTATION_CLOSED, "quinn", AccountRole.QUALITY_ASSURANCE, CLOSES);
        g.updateSection(WS, SECTION, 1, "The HHT is the Hand Held Terminal.", null, "dora");
        g.dispose(WS, new Disposition(comment.id(), Disposition.Outcome.NOTED, "Noted.", null, null, null, "dora", null), AccountRole.DRAFTER);

        assertThat(g.publicationGate(WS, "3.0").unlinkedChanges()).containsExactly(SECTION);

        g.dispose(WS, new Disposition(comment.id(), Disposition.Outcome.ACCEPTED, "Clarified.", null, SECTION, 2, "dora", null), AccountRole.DRAFTER);
        assertThat(g.publicationGate(WS, "3.0").unlinkedChanges()).isEmpty();
    }

    @Test
    void aDrafterMayMoveARowToDraftedButNotAcceptItAndEveryChangeIsAudited() {
        Recorded before = recorded();

        assertThatThrownBy(() -> g.changeImpactStatus(WS, "smets1-services", "A12", ImpactStatus.ACCEPTED, "dora", AccountRole.DRAFTER))
                .isInstanceOf(RoleRefusedException.class)
                .hasMessage("only TABASC chair or quality assurance (SECAS core) may mark an impact row accepted, not a drafter (SECAS technical expert)");
        assertThat(recorded()).isEqualTo(before);

        g.changeImpactStatus(WS, "smets1-services", "A12", ImpactStatus.DRAFTED, "dora", AccountRole.DRAFTER);
        AuditEntry entry = g.auditTrail(WS).get(g.auditTrail(WS).size() - 1);
        assertThat(entry).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::subjectKind, AuditEntry::subjectId)
                .containsExactly("dora", "impact-status-changed", "impact-row", "smets1-services/A12");
        assertThat(entry.after()).contains("\"status\" : \"drafted\"");
        assertThat(entry.before()).doesNotContain("\"status\" : \"drafted\"");
    }

    @Test
    void anImportPassesTheSameRulesAsTheBrowser() throws IOException {
        openConsultationWithAComment();
        Workspace stored = workspaces.load(WS).orElseThrow();
        Recorded before = recorded();

        Workspace edited = stored.withSections(stored.sections().stream().map(s -> s.number().equals(SECTION)
                ? new Section(s.number(), s.title(), s.applicability(), s.references(), s.elements(), "Imported edit.\n") : s).toList());
        new WorkspaceWriter().write(edited, tmp.resolve("edited"));
        assertThatThrownBy(() -> new WorkspaceImporter(workspaces).importFrom(tmp.resolve("edited"), "ivy"))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("import refused: it changes the sections of version 3.0, but version 3.0 is under consultation");
        assertThat(recorded()).isEqualTo(before);
        new WorkspaceWriter().write(stored.withPictures(List.of(new org.tadworkbench.document.Picture("figures/new.png",
                org.tadworkbench.TestPictures.png(2, 2)))), tmp.resolve("pictured"));
        assertThatThrownBy(() -> new WorkspaceImporter(workspaces).importFrom(tmp.resolve("pictured"), "ivy"))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("import refused: it changes the pictures of version 3.0, but version 3.0 is under consultation");
        assertThat(recorded()).isEqualTo(before);

        Governance moved = stored.governance();
        Map<String, DocumentState> states = new java.util.TreeMap<>(moved.states());
        states.put("3.0", DocumentState.APPROVED);
        Workspace approvedByFile = stored.withGovernance(new Governance(states, moved.consultations(), moved.comments(),
                moved.dispositions(), moved.decisions(), moved.notices(), moved.audit()));
        new WorkspaceWriter().write(approvedByFile, tmp.resolve("approved"));
        assertThatThrownBy(() -> new WorkspaceImporter(workspaces).importFrom(tmp.resolve("approved"), "ivy"))
                .hasMessage("import refused: the import would move version 3.0 from consultation to approved; a version "
                        + "changes state only through the workflow");
        assertThat(recorded()).isEqualTo(before);
    }

    @Test
    void anImportThatChangesADraftIsAuditedWithEachSectionItChangesAndAnUnchangedOneRecordsNothing() throws IOException {
        Workspace stored = workspaces.load(WS).orElseThrow();
        new WorkspaceWriter().write(stored, tmp.resolve("same"));
        new WorkspaceImporter(workspaces).importFrom(tmp.resolve("same"), "ivy");
        assertThat(g.auditTrail(WS)).isEmpty();

        Workspace edited = stored.withSections(stored.sections().stream().map(s -> s.number().equals(SECTION)
                ? new Section(s.number(), s.title(), s.applicability(), s.references(), s.elements(), "Imported edit.\n") : s).toList());
        new WorkspaceWriter().write(edited, tmp.resolve("edited"));
        new WorkspaceImporter(workspaces).importFrom(tmp.resolve("edited"), "ivy");

        assertThat(g.auditTrail(WS)).extracting(e -> e.actor() + " " + e.action() + " " + e.subjectId())
                .containsExactly("ivy section-imported " + SECTION, "ivy workspace-imported " + WS);
        assertThat(g.auditTrail(WS).get(0).after()).isEqualTo("Imported edit.\n");
    }

    private Comment approveWithTheCommentDisposed() {
        Comment comment = openConsultationWithAComment();
        g.changeState(WS, "3.0", DocumentState.CONSULTATION_CLOSED, "quinn", AccountRole.QUALITY_ASSURANCE, CLOSES);
        g.dispose(WS, new Disposition(comment.id(), Disposition.Outcome.NOTED, "Noted.", null, null, null, "dora", null), AccountRole.DRAFTER);
        g.recordDecision(WS, new Decision("3.0", Decision.Outcome.APPROVED, LocalDate.of(2019, 4, 18), "TABASC_45/7", "carol"), AccountRole.TABASC_CHAIR);
        return comment;
    }
}
