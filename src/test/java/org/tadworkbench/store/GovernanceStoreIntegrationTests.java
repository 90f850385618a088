package org.tadworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.document.VersionStatus;
import org.tadworkbench.review.AuditEntry;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.CommentTarget;
import org.tadworkbench.review.Consultation;
import org.tadworkbench.review.Decision;
import org.tadworkbench.review.Disposition;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.review.Governance;
import org.tadworkbench.review.Notice;
import org.tadworkbench.review.ReviewException;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceWriter;

/** The review workflow in the database, on H2 and on PostgreSQL, through GovernanceStore and the import/export. */
class GovernanceStoreIntegrationTests {

    private static final String WS = "sec-tad";
    private static final String SECTION = "4.2.1.7";
    private static final LocalDate OPENS = LocalDate.of(2019, 3, 12);
    /** Today for the store: after the route's dates, so decisions dated in April are not in the future. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-05-01T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private record Stores(DataSource dataSource, WorkspaceStore workspaces, GovernanceStore governance) {
    }

    private static Stores stores(TestDatabases.DatabaseFactory database) {
        DataSource dataSource = database.create();
        WorkspaceStore workspaces = new WorkspaceStore(dataSource);
        assertThat(new WorkspaceImporter(workspaces).importFrom(TestWorkspaces.REFERENCE).imported()).isTrue();
        return new Stores(dataSource, workspaces, new GovernanceStore(dataSource, CLOCK));
    }

    private static Comment comment(String author, String text) {
        return new Comment(0, "3.0", CommentTarget.SECTION, SECTION, author, "Energy Co", "Large Supplier", text,
                "Say which HHT", null, null);
    }

    /** Draft to consultation closed, with one comment: where the TABASC decides. */
    private static Comment toConsultationClosed(GovernanceStore g) {
        g.changeState(WS, "3.0", DocumentState.INTERNAL_REVIEW, "dora", AccountRole.DRAFTER, OPENS);
        g.openConsultation(WS, "3.0", List.of("TABASC", "SEC Parties"), OPENS, LocalDate.of(2019, 4, 9),
                List.of("Is the HHT described correctly?"), "quinn", AccountRole.QUALITY_ASSURANCE);
        Comment comment = g.addComment(WS, comment("rita", "Please <script>alert(1)</script> clarify the **HHT**."), AccountRole.RESPONDENT);
        g.changeState(WS, "3.0", DocumentState.CONSULTATION_CLOSED, "quinn", AccountRole.QUALITY_ASSURANCE, LocalDate.of(2019, 4, 10));
        return comment;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tadworkbench.store.TestDatabases#both")
    void theWholeRouteIsRecordedAndSurvivesExportAndImportByteForByte(String name, TestDatabases.DatabaseFactory database) throws IOException {
        Stores s = stores(database);
        GovernanceStore g = s.governance();

        Comment comment = toConsultationClosed(g);
        SectionUpdate edit = g.updateSection(WS, SECTION, 1, "The HHT is the Hand Held Terminal.\n", null, "dora");
        g.dispose(WS, new Disposition(comment.id(), Disposition.Outcome.ACCEPTED_IN_PART, "Clarified.", null, SECTION, 2, "dora", null), AccountRole.DRAFTER);
        g.dispose(WS, new Disposition(comment.id(), Disposition.Outcome.ACCEPTED, "Clarified in full.", null, SECTION, 2, "dora", null), AccountRole.DRAFTER);
        g.recordDecision(WS, new Decision("3.0", Decision.Outcome.APPROVED_WITH_CHANGES, LocalDate.of(2019, 4, 18), "TABASC_45_1804/7", "carol"), AccountRole.TABASC_CHAIR);
        g.changeState(WS, "3.0", DocumentState.PUBLISHED, "quinn", AccountRole.QUALITY_ASSURANCE, LocalDate.of(2019, 4, 20), true);
        g.changeState(WS, "3.0", DocumentState.LIVE, "quinn", AccountRole.QUALITY_ASSURANCE, LocalDate.of(2019, 4, 29));
        Notice notice = g.recordNotice(WS, new Notice(0, "3.0", LocalDate.of(2019, 4, 29), "TAD 3.0 is live.",
                List.of("sec-parties@example.org"), null), "quinn", AccountRole.QUALITY_ASSURANCE);
        Notice sent = g.markNoticeSent(WS, notice.id(), "mailer");

        assertThat(edit).isEqualTo(new SectionUpdate.Saved(2));
        assertThat(comment.id()).isEqualTo(1);
        assertThat(comment.consultationId()).isEqualTo(1L);
        assertThat(notice.id()).isEqualTo(1);
        assertThat(notice.state()).isEqualTo(Notice.State.OUTBOX);
        assertThat(sent.state()).isEqualTo(Notice.State.SENT);
        Governance governance = g.loadGovernance(WS);
        assertThat(governance.states()).containsEntry("3.0", DocumentState.LIVE).containsEntry("2.0", DocumentState.SUPERSEDED);
        assertThat(governance.disposition(comment.id()).orElseThrow().outcome()).isEqualTo(Disposition.Outcome.ACCEPTED);
        assertThat(governance.dispositions()).hasSize(2);
        assertThat(governance.comments()).singleElement().extracting(Comment::text).asString().contains("<script>");
        assertThat(s.workspaces().load(WS).orElseThrow().manifest().liveVersion().orElseThrow().version()).isEqualTo("3.0");
        List<AuditEntry> audit = g.auditTrail(WS);
        assertThat(audit).extracting(AuditEntry::action).containsExactly("state-changed", "consultation-opened",
                "state-changed", "comment-added", "state-changed", "section-updated", "comment-disposed", "comment-disposed",
                "decision-recorded", "state-changed", "unrealised-rows-acknowledged", "state-changed", "state-changed",
                "state-changed", "notice-recorded", "notice-sent");
        assertThat(audit).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L);
        assertThat(audit.get(15).before()).contains("\"state\" : \"outbox\"");
        assertThat(audit.get(15).after()).contains("\"state\" : \"sent\"");
        assertThat(audit.get(10).after()).startsWith("acknowledged unrealised impact rows: ");
        assertThat(governance.notices()).singleElement().isEqualTo(sent);
        assertThat(audit.get(0)).extracting(AuditEntry::actor, AuditEntry::subjectKind, AuditEntry::subjectId, AuditEntry::before, AuditEntry::after)
                .containsExactly("dora", "version", "3.0", "draft", "internal-review");
        assertThat(audit.get(5).before()).startsWith("revision 1\ntitle: Hand Held Terminal (HHT)");
        assertThat(audit.get(5).after()).isEqualTo("revision 2\ntitle: Hand Held Terminal (HHT)\n\nThe HHT is the Hand Held Terminal.\n");
        assertThat(audit.get(7).before()).contains("accepted-in-part");
        assertThat(audit.get(7).after()).contains("\"outcome\" : \"accepted\"");
        assertThat(audit.get(12)).extracting(AuditEntry::subjectId, AuditEntry::before, AuditEntry::after)
                .containsExactly("2.0", "live", "superseded");

        // Export, then import into a fresh database: the same files come back.
        Workspace exported = s.workspaces().load(WS).orElseThrow();
        var files = new WorkspaceWriter().render(exported);
        assertThat(files).containsKeys("review/states.yaml", "review/consultations.yaml", "review/comments.yaml",
                "review/dispositions.yaml", "review/decisions.yaml", "review/notices.yaml", "review/audit.yaml");
        new WorkspaceWriter().write(exported, tmp);
        Stores fresh = new Stores(null, new WorkspaceStore(database.create()), null);
        ImportResult result = new WorkspaceImporter(fresh.workspaces()).importFrom(tmp);
        assertThat(result.imported()).isTrue();
        assertThat(result.report().errors()).isZero();
        assertThat(new WorkspaceWriter().render(fresh.workspaces().load(WS).orElseThrow())).isEqualTo(files);

        // Re-importing the export into the first database keeps everything, section revisions included.
        assertThat(new WorkspaceImporter(s.workspaces()).importFrom(tmp, "ivy").imported()).isTrue();
        // It changed nothing, so it records nothing.
        assertThat(g.loadGovernance(WS)).isEqualTo(governance);
        assertThatThrownBy(() -> g.updateSection(WS, SECTION, 2, "late edit", null, "dora"))
                .isInstanceOf(ReviewException.class).hasMessage("version 3.0 is live and immutable: its text cannot change");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tadworkbench.store.TestDatabases#both")
    void onlyTheTabascChairApprovesAndOnlySecasCorePublishes(String name, TestDatabases.DatabaseFactory database) {
        GovernanceStore g = stores(database).governance();
        toConsultationClosed(g);
        int recorded = g.auditTrail(WS).size();
        Decision approve = new Decision("3.0", Decision.Outcome.APPROVED, LocalDate.of(2019, 4, 18), "TABASC_45", "rita");

        assertThatThrownBy(() -> g.recordDecision(WS, approve, AccountRole.RESPONDENT)).isInstanceOf(ReviewException.class)
                .hasMessage("only TABASC chair may record the TABASC decision, not a SEC Party respondent");
        assertThatThrownBy(() -> g.changeState(WS, "3.0", DocumentState.APPROVED, "rita", AccountRole.RESPONDENT, OPENS))
                .hasMessageStartingWith("only TABASC chair may move a version from consultation closed to approved");
        assertThatThrownBy(() -> g.changeState(WS, "3.0", DocumentState.APPROVED, "carol", AccountRole.TABASC_CHAIR, OPENS))
                .hasMessageStartingWith("record the TABASC decision");
        assertThat(g.auditTrail(WS)).hasSize(recorded);
        assertThat(g.state(WS, "3.0")).isEqualTo(DocumentState.CONSULTATION_CLOSED);

        g.dispose(WS, new Disposition(1, Disposition.Outcome.NOTED, "Noted.", null, null, null, "dora", null), AccountRole.DRAFTER);
        g.recordDecision(WS, new Decision("3.0", Decision.Outcome.APPROVED, LocalDate.of(2019, 4, 18), "TABASC_45", "carol"), AccountRole.TABASC_CHAIR);
        assertThatThrownBy(() -> g.changeState(WS, "3.0", DocumentState.PUBLISHED, "dora", AccountRole.DRAFTER, OPENS))
                .hasMessage("only quality assurance (SECAS core) may move a version from approved to published, not a drafter (SECAS technical expert)");
        assertThatThrownBy(() -> g.updateSection(WS, SECTION, 1, "sneaky", null, "dora"))
                .hasMessage("version 3.0 is approved and immutable: its text cannot change");
        g.changeState(WS, "3.0", DocumentState.PUBLISHED, "quinn", AccountRole.QUALITY_ASSURANCE, OPENS, true);
        assertThatThrownBy(() -> g.changeState(WS, "3.0", DocumentState.DRAFT, "quinn", AccountRole.QUALITY_ASSURANCE, OPENS))
                .hasMessage("a published version cannot become draft (it can become: live)");
        assertThatThrownBy(() -> g.changeState(WS, "3.0", DocumentState.LIVE, "quinn", AccountRole.QUALITY_ASSURANCE, OPENS.minusDays(1)))
                .hasMessage("version 3.0 goes live on its release date 2019-03-12, not before (today is 2019-03-11)");
        assertThat(g.state(WS, "3.0")).isEqualTo(DocumentState.PUBLISHED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tadworkbench.store.TestDatabases#both")
    void aConsultationOfNineteenWorkingDaysIsRefusedAndTwentyOpens(String name, TestDatabases.DatabaseFactory database) {
        GovernanceStore g = stores(database).governance();
        g.changeState(WS, "3.0", DocumentState.INTERNAL_REVIEW, "dora", AccountRole.DRAFTER, OPENS);

        assertThatThrownBy(() -> g.openConsultation(WS, "3.0", List.of("SEC Parties"), OPENS, LocalDate.of(2019, 4, 8),
                List.of(), "quinn", AccountRole.QUALITY_ASSURANCE)).isInstanceOf(ReviewException.class)
                .hasMessageStartingWith("a consultation must run at least 20 Working Days: opening 2019-03-12 it can close on 2019-04-09 at the earliest");
        assertThat(g.state(WS, "3.0")).isEqualTo(DocumentState.INTERNAL_REVIEW);
        assertThat(g.loadGovernance(WS).consultations()).isEmpty();
        assertThatThrownBy(() -> g.openConsultation(WS, "3.0", List.of("SEC Parties"), OPENS, LocalDate.of(2019, 4, 9),
                List.of(), "dora", AccountRole.DRAFTER)).hasMessageStartingWith("only quality assurance (SECAS core) may open a consultation");

        Consultation opened = g.openConsultation(WS, "3.0", List.of("SEC Parties"), OPENS, LocalDate.of(2019, 4, 9),
                List.of(), "quinn", AccountRole.QUALITY_ASSURANCE);

        assertThat(opened.id()).isEqualTo(1);
        assertThat(g.state(WS, "3.0")).isEqualTo(DocumentState.CONSULTATION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tadworkbench.store.TestDatabases#both")
    void twoEditsOfTheSameRevisionNeverOverwriteEachOther(String name, TestDatabases.DatabaseFactory database) {
        GovernanceStore g = stores(database).governance();

        SectionUpdate first = g.updateSection(WS, SECTION, 1, "Alice's text.", null, "alice");
        SectionUpdate second = g.updateSection(WS, SECTION, 1, "Bob's text.", "Bob's title", "bob");

        assertThat(first).isEqualTo(new SectionUpdate.Saved(2));
        assertThat(second).isEqualTo(new SectionUpdate.Conflict("Alice's text.\n", 2, "alice"));
        assertThat(g.auditTrail(WS)).singleElement().extracting(AuditEntry::actor).isEqualTo("alice");
        assertThat(g.section(WS, SECTION).orElseThrow()).extracting(r -> r.section().body(), SectionRevision::revision,
                SectionRevision::updatedBy).containsExactly("Alice's text.\n", 2, "alice");
        assertThat(g.updateSection(WS, SECTION, 2, "Bob's text, merged with Alice's.", "Bob's title", "bob"))
                .isEqualTo(new SectionUpdate.Saved(3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tadworkbench.store.TestDatabases#both")
    void twoConcurrentEditsOneWinsAndTheOtherSeesItsText(String name, TestDatabases.DatabaseFactory database) throws Exception {
        Stores s = stores(database);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<SectionUpdate>> results = new ArrayList<>();
            for (String who : List.of("alice", "bob")) {
                results.add(pool.submit(() -> {
                    start.await();
                    return s.governance().updateSection(WS, SECTION, 1, who + " was here.", null, who);
                }));
            }
            start.countDown();
            List<SectionUpdate> updates = new ArrayList<>();
            for (Future<SectionUpdate> result : results) {
                updates.add(result.get());
            }

            assertThat(updates).filteredOn(SectionUpdate.Saved.class::isInstance).containsExactly(new SectionUpdate.Saved(2));
            SectionUpdate.Conflict conflict = updates.stream().filter(SectionUpdate.Conflict.class::isInstance)
                    .map(SectionUpdate.Conflict.class::cast).findFirst().orElseThrow();
            assertThat(conflict.theirRevision()).isEqualTo(2);
            assertThat(conflict.theirText()).isEqualTo(conflict.theirAuthor() + " was here.\n");
            assertThat(s.workspaces().load(WS).orElseThrow().section(SECTION).orElseThrow().body()).isEqualTo(conflict.theirText());
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tadworkbench.store.TestDatabases#both")
    void concurrentCommentsGetDistinctIdsAndAuditSequenceNumbers(String name, TestDatabases.DatabaseFactory database) throws Exception {
        GovernanceStore g = stores(database).governance();
        g.changeState(WS, "3.0", DocumentState.INTERNAL_REVIEW, "dora", AccountRole.DRAFTER, OPENS);
        g.openConsultation(WS, "3.0", List.of("SEC Parties"), OPENS, LocalDate.of(2019, 4, 9), List.of(), "quinn", AccountRole.QUALITY_ASSURANCE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Long>> posts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String author = "respondent-" + (i % 4);
                posts.add(() -> g.addComment(WS, comment(author, "Comment"), AccountRole.RESPONDENT).id());
            }
            Set<Long> ids = new TreeSet<>();
            for (Future<Long> id : pool.invokeAll(posts)) {
                ids.add(id.get());
            }

            assertThat(ids).hasSize(40).first().isEqualTo(1L);
            assertThat(g.loadGovernance(WS).comments()).hasSize(40);
            assertThat(g.auditTrail(WS)).extracting(AuditEntry::sequence).doesNotHaveDuplicates().hasSize(43);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tadworkbench.store.TestDatabases#both")
    void anImportThatWouldLoseRecordedGovernanceIsRefusedAndChangesNothing(String name, TestDatabases.DatabaseFactory database) {
        Stores s = stores(database);
        toConsultationClosed(s.governance());
        Governance before = s.governance().loadGovernance(WS);

        assertThatThrownBy(() -> new WorkspaceImporter(s.workspaces()).importFrom(TestWorkspaces.REFERENCE))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("the import would lose recorded governance of workspace 'sec-tad': consultation 1 is not in its review/ files");

        assertThat(s.governance().loadGovernance(WS)).isEqualTo(before);
        assertThat(s.workspaces().load(WS).orElseThrow().manifest().versions().get(2).status()).isEqualTo(VersionStatus.CONSULTATION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tadworkbench.store.TestDatabases#both")
    void commentsAreTakenOnlyWhileTheVersionIsUnderReview(String name, TestDatabases.DatabaseFactory database) {
        GovernanceStore g = stores(database).governance();

        assertThatThrownBy(() -> g.addComment(WS, comment("rita", "Too early"), AccountRole.RESPONDENT))
                .hasMessage("version 3.0 is draft: comments are taken during internal review and consultation only");
        g.changeState(WS, "3.0", DocumentState.INTERNAL_REVIEW, "dora", AccountRole.DRAFTER, OPENS);
        assertThatThrownBy(() -> g.addComment(WS, comment("rita", "Still early"), AccountRole.RESPONDENT))
                .hasMessageStartingWith("only ").hasMessageEndingWith("may comment during internal review, not a SEC Party respondent");
        assertThat(g.addComment(WS, comment("tess", "Internal"), AccountRole.TABASC_MEMBER).consultationId()).isNull();
        assertThatThrownBy(() -> g.dispose(WS, new Disposition(99, Disposition.Outcome.NOTED, "ok", null, null, null, "dora", null), AccountRole.DRAFTER))
                .hasMessage("there is no comment 99 to dispose of");
        assertThatThrownBy(() -> g.dispose(WS, new Disposition(1, Disposition.Outcome.NOTED, "ok", null, null, null, "rita", null), AccountRole.RESPONDENT))
                .hasMessageStartingWith("only ").hasMessageContaining("may respond to and dispose of comments");
    }

    /** A comment as ReviewImport.place gives it: provisional id, Word author and date, from one file. */
    private static Comment fromWord(long id, Long replyTo, String author, String at, String text) {
        return new Comment(id, "3.0", CommentTarget.PARAGRAPH, SECTION + "#1", author, "Energy Co", null, text, null,
                Instant.parse(at), null, replyTo, replyTo != null, "the commented words",
                "reviewed.docx sha256:0123456789abcdef comment " + id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tadworkbench.store.TestDatabases#both")
    void aWordFilesCommentsAreRecordedTogetherWithRealIdsTheirThreadsAndWordDates(String name, TestDatabases.DatabaseFactory database) {
        GovernanceStore g = stores(database).governance();
        g.changeState(WS, "3.0", DocumentState.INTERNAL_REVIEW, "dora", AccountRole.DRAFTER, OPENS);
        g.openConsultation(WS, "3.0", List.of("SEC Parties"), OPENS, LocalDate.of(2019, 4, 9), List.of(), "quinn",
                AccountRole.QUALITY_ASSURANCE);
        g.addComment(WS, comment("rita", "Typed in the browser"), AccountRole.RESPONDENT);
        int auditBefore = g.auditTrail(WS).size();

        List<Comment> stored = g.importComments(WS, List.of(
                fromWord(1, null, "Ann Reviewer", "2019-03-20T09:00:00Z", "Say which meter."),
                fromWord(2, null, "Bob Reviewer", "2019-03-21T10:00:00Z", "Overlaps."),
                fromWord(3, 1L, "Cat Author", "2019-03-22T11:00:00Z", "Both.")), "quinn", AccountRole.QUALITY_ASSURANCE);

        assertThat(stored).extracting(Comment::id).containsExactly(2L, 3L, 4L);
        assertThat(stored).extracting(Comment::replyTo).containsExactly(null, null, 2L);
        assertThat(stored).extracting(Comment::consultationId).containsOnly(1L);
        assertThat(stored).extracting(Comment::createdAt).containsExactly(Instant.parse("2019-03-20T09:00:00Z"),
                Instant.parse("2019-03-21T10:00:00Z"), Instant.parse("2019-03-22T11:00:00Z"));
        assertThat(g.loadGovernance(WS).comments()).hasSize(4).endsWith(stored.toArray(Comment[]::new));
        List<AuditEntry> added = g.auditTrail(WS).subList(auditBefore, g.auditTrail(WS).size());
        assertThat(added).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::subjectId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("quinn", "comment-imported", "2"),
                org.assertj.core.groups.Tuple.tuple("quinn", "comment-imported", "3"),
                org.assertj.core.groups.Tuple.tuple("quinn", "comment-imported", "4"));
        assertThat(added.get(2).after()).contains("\"replyTo\" : 2", "Cat Author");

        // The same file again: refused, nothing recorded.
        Governance before = g.loadGovernance(WS);
        assertThatThrownBy(() -> g.importComments(WS, List.of(fromWord(1, null, "Ann Reviewer", "2019-03-20T09:00:00Z",
                "Say which meter.")), "quinn", AccountRole.QUALITY_ASSURANCE))
                .isInstanceOf(ReviewException.class).hasMessageContaining("already imported");
        assertThat(g.loadGovernance(WS)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tadworkbench.store.TestDatabases#both")
    void aWordFileIsRecordedAllOrNothingUnderTheRulesOfTypedComments(String name, TestDatabases.DatabaseFactory database) {
        GovernanceStore g = stores(database).governance();
        List<Comment> file = List.of(fromWord(1, null, "Ann", "2019-03-20T09:00:00Z", "One."),
                fromWord(2, 1L, "Bob", "2019-03-20T10:00:00Z", "Two."));

        assertThatThrownBy(() -> g.importComments(WS, file, "dora", AccountRole.DRAFTER))
                .hasMessage("version 3.0 is draft: comments are taken during internal review and consultation only");
        g.changeState(WS, "3.0", DocumentState.INTERNAL_REVIEW, "dora", AccountRole.DRAFTER, OPENS);
        assertThatThrownBy(() -> g.importComments(WS, file, "rita", AccountRole.RESPONDENT))
                .isInstanceOf(org.tadworkbench.review.RoleRefusedException.class);
        // a reply to a comment the file does not hold: the first comment is not kept either
        assertThatThrownBy(() -> g.importComments(WS, List.of(file.get(0), fromWord(2, 7L, "Bob", "2019-03-20T10:00:00Z", "x")),
                "dora", AccountRole.DRAFTER)).hasMessageContaining("replies to comment 7");
        assertThat(g.loadGovernance(WS).comments()).isEmpty();
        assertThat(g.importComments(WS, file, "dora", AccountRole.DRAFTER)).extracting(Comment::consultationId)
                .containsOnly((Long) null);
    }
}
