package org.tadworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.review.AuditEntry;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.CommentTarget;
import org.tadworkbench.review.Consultation;
import org.tadworkbench.review.Decision;
import org.tadworkbench.review.Disposition;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.review.Governance;
import org.tadworkbench.review.Notice;

/** Governance in the workspace folder (review/*.yaml): canonical, lossless, and bad content reported by line. */
class GovernanceFilesTests {

    private static final String ALPHABET = "abcXYZ019 .,:;#-_'\"\\/|>?!*&%@`[]{}()<>\t\n\u00e9\u2013\u00a3\u2028";

    @TempDir
    Path tmp;

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 10).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void governanceSurvivesWriteThenReadWhateverTheText(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Workspace reference = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace();
        Instant at = Instant.parse("2019-03-14T10:15:30.123Z");
        Governance governance = new Governance(Map.of("3.0", DocumentState.CONSULTATION_CLOSED, "2.0", DocumentState.LIVE),
                List.of(Consultation.plan(1, "3.0", List.of("TABASC", text(random)), LocalDate.of(2019, 3, 12),
                        LocalDate.of(2019, 4, 9), List.of(text(random), text(random)))),
                List.of(new Comment(1, "3.0", CommentTarget.PARAGRAPH, "4.2.1#3", "rita", text(random), null,
                                "<script>alert(1)</script> " + text(random), text(random), at, 1L),
                        new Comment(2, "3.0", CommentTarget.DOCUMENT, null, "tess", null, null, text(random), null, at, null),
                        new Comment(3, "3.0", CommentTarget.PARAGRAPH, "4.2.1#3", "Ann Reviewer", "Energy Co", null,
                                text(random), text(random), at, 1L, 1L, true, text(random), "reviewed.docx sha256:" + seed)),
                List.of(new Disposition(1, Disposition.Outcome.REJECTED, text(random), text(random), "4.2.1", 3, "dora", at),
                        new Disposition(1, Disposition.Outcome.OUT_OF_SCOPE, text(random), null, null, null, "dora", at.plusSeconds(1))),
                List.of(new Decision("3.0", Decision.Outcome.APPROVED_WITH_CHANGES, LocalDate.of(2019, 4, 18), "TABASC/45/" + seed, "carol")),
                List.of(new Notice(1, "3.0", LocalDate.of(2019, 4, 29), text(random), List.of("a@example.org"), Notice.State.SENT)),
                List.of(new AuditEntry(1, at, "dora", "section-updated", "section", "4.2.1", text(random), text(random)),
                        new AuditEntry(2, at, "rita", "comment-added", "comment", "1", null, "{\n  \"id\" : 1\n}")));
        Workspace written = reference.withGovernance(governance);

        new WorkspaceWriter().write(written, tmp);
        ReadResult read = new WorkspaceReader().read(tmp);

        assertThat(read.findings()).isEmpty();
        assertThat(read.workspace().governance()).isEqualTo(governance);
        assertThat(new WorkspaceWriter().render(read.workspace())).isEqualTo(new WorkspaceWriter().render(written));
        assertThat(Files.readString(tmp.resolve("review/states.yaml")))
                .isEqualTo("states:\n  - version: \"2.0\"\n    state: live\n  - version: \"3.0\"\n    state: consultation-closed\n");
    }

    @Test
    void noGovernanceMeansNoReviewFolder() {
        Workspace reference = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace();

        assertThat(reference.governance()).isEqualTo(Governance.empty());
        assertThat(new WorkspaceWriter().render(reference).keySet()).noneMatch(name -> name.startsWith("review/"));
    }

    @Test
    void badGovernanceIsReportedWithFileAndLine() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Files.createDirectories(ws.resolve("review"));
        Files.writeString(ws.resolve("review/consultations.yaml"), """
                consultations:
                  - id: 1
                    version: "3.0"
                    audience: [SEC Parties]
                    opens: 2019-03-12
                    closes: 2019-04-08
                """);
        Files.writeString(ws.resolve("review/dispositions.yaml"), """
                dispositions:
                  - comment: 1
                    outcome: rejected
                    response: No.
                    by: dora
                    at: 2019-04-01T10:00:00Z
                  - comment: none
                    outcome: maybe
                    response: Hm.
                    by: dora
                    at: yesterday
                """);

        List<String> findings = new WorkspaceReader().read(ws).findings().stream()
                .map(f -> f.file() + ":" + f.line() + ": " + f.message()).toList();

        assertThat(findings).containsExactlyInAnyOrder(
                "review/consultations.yaml:2: consultation: a consultation must run at least 20 Working Days: opening "
                        + "2019-03-12 it can close on 2019-04-09 at the earliest (2019-04-08 gives 19)",
                "review/dispositions.yaml:2: disposition: a rejected comment needs the reason for rejecting it",
                "review/dispositions.yaml:7: comment 'none' is not a whole number of at least 1",
                "review/dispositions.yaml:11: at 'yesterday' is not a UTC time (YYYY-MM-DDTHH:MM:SSZ)");
    }

    @Test
    void lintChecksThatGovernanceHoldsTogether() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Files.createDirectories(ws.resolve("review"));
        Files.writeString(ws.resolve("review/states.yaml"), "states:\n  - version: \"9.0\"\n    state: draft\n");
        Files.writeString(ws.resolve("review/comments.yaml"), """
                comments:
                  - id: 1
                    version: "3.0"
                    target: document
                    author: rita
                    text: Fine.
                    createdAt: 2019-03-14T10:00:00Z
                    consultation: 4
                  - id: 3
                    version: "3.0"
                    target: document
                    author: Ann Reviewer
                    text: Agreed.
                    createdAt: 2019-03-14T11:00:00Z
                    replyTo: 7
                """);
        Files.writeString(ws.resolve("review/dispositions.yaml"), """
                dispositions:
                  - comment: 2
                    outcome: noted
                    response: Thanks.
                    section: "9.9"
                    by: dora
                    at: 2019-04-01T10:00:00Z
                """);

        List<String> findings = new org.tadworkbench.lint.WorkspaceLinter().lint(ws).findings().stream()
                .filter(f -> f.file().startsWith("review/"))
                .map(f -> f.file() + ":" + f.line() + ": " + f.level() + ": " + f.message()).toList();

        assertThat(findings).containsExactlyInAnyOrder(
                "review/states.yaml:1: ERROR: review/states.yaml gives a state to version 9.0, which workspace.yaml does not list",
                "review/comments.yaml:8: ERROR: comment 1 names consultation 4, which review/consultations.yaml does not hold",
                "review/comments.yaml:15: ERROR: comment 3 replies to comment 7, which review/comments.yaml does not hold",
                "review/dispositions.yaml:2: ERROR: disposition of comment 2, which review/comments.yaml does not hold",
                "review/dispositions.yaml:5: WARNING: disposition links section 9.9, which is not in the outline");
    }

    private static String text(SplittableRandom random) {
        StringBuilder text = new StringBuilder("t");
        int length = random.nextInt(30);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
