package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceReader;

/** The go-live notice and the version summaries say what is true after each step, not what was true while drafting. */
class GoLiveNoticeTextTests {

    private final Workspace reference = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace();

    @Test
    void theNoticeOfV3SaysItIsLiveAndWhatItSupersedesNotThatItIsADraft() {
        DocumentVersion v3 = reference.manifest().versions().stream().filter(v -> v.version().equals("3.0")).findFirst().orElseThrow();

        String text = GoLiveNotices.text(reference, v3, LocalDate.of(2019, 6, 28));

        assertThat(text).isEqualTo("Technical Architecture Document version 3.0 is live from 2019-06-28, for release "
                + "smets1-services. It supersedes version 2.0.");
        assertThat(text).doesNotContainIgnoringCase("draft").doesNotContain("issued for review");
    }

    @Test
    void aVersionAlreadySupersededByTheReviewRecordIsNotNamedAgain() {
        Workspace afterGoLive = reference.withGovernance(new org.tadworkbench.review.Governance(
                Map.of("2.0", DocumentState.SUPERSEDED, "3.0", DocumentState.LIVE), java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of()));
        DocumentVersion v3 = reference.manifest().versions().stream().filter(v -> v.version().equals("3.0")).findFirst().orElseThrow();

        assertThat(GoLiveNotices.text(afterGoLive, v3, LocalDate.of(2019, 6, 28))).doesNotContain("supersedes");
    }

    @Test
    void noVersionSummaryClaimsAStateThatAGoLiveWouldMakeUntrue() {
        assertThat(reference.manifest().versions()).extracting(DocumentVersion::summary)
                .noneMatch(s -> s.contains("Current live version") || s.startsWith("Draft") || s.contains("issued for review"));
    }
}
