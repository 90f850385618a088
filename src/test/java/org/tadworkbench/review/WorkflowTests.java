package org.tadworkbench.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tadworkbench.account.AccountRole;

/** The PID's quality route: who may move a version on, and what is never allowed. */
class WorkflowTests {

    @ParameterizedTest
    @EnumSource(AccountRole.class)
    void onlyTheTabascChairApproves(AccountRole role) {
        assertThat(Workflow.refusal(DocumentState.CONSULTATION_CLOSED, DocumentState.APPROVED, role).isEmpty())
                .isEqualTo(role == AccountRole.TABASC_CHAIR);
    }

    @ParameterizedTest
    @EnumSource(AccountRole.class)
    void onlySecasCorePublishes(AccountRole role) {
        assertThat(Workflow.refusal(DocumentState.APPROVED, DocumentState.PUBLISHED, role).isEmpty())
                .isEqualTo(role == AccountRole.QUALITY_ASSURANCE);
    }

    @Test
    void aRespondentIsToldWhoMayApprove() {
        assertThatThrownBy(() -> Workflow.check(DocumentState.CONSULTATION_CLOSED, DocumentState.APPROVED, AccountRole.RESPONDENT))
                .isInstanceOf(ReviewException.class)
                .hasMessage("only TABASC chair may move a version from consultation closed to approved, not a SEC Party respondent");
    }

    @Test
    void aPublishedVersionOnlyGoesLiveAndNothingLeavesLiveOrSupersededByHand() {
        for (DocumentState to : DocumentState.values()) {
            for (AccountRole role : AccountRole.values()) {
                boolean allowed = Workflow.refusal(DocumentState.PUBLISHED, to, role).isEmpty();
                assertThat(allowed).as("published -> %s by %s", to, role).isEqualTo(to == DocumentState.LIVE && role == AccountRole.QUALITY_ASSURANCE);
                assertThat(Workflow.refusal(DocumentState.LIVE, to, role)).as("live -> %s", to).isPresent();
                assertThat(Workflow.refusal(DocumentState.SUPERSEDED, to, role)).as("superseded -> %s", to).isPresent();
            }
        }
        assertThat(Workflow.refusal(DocumentState.LIVE, DocumentState.SUPERSEDED, AccountRole.QUALITY_ASSURANCE))
                .hasValue("a version is superseded only when another version goes live, never by hand");
        assertThat(Workflow.refusal(DocumentState.PUBLISHED, DocumentState.DRAFT, AccountRole.QUALITY_ASSURANCE))
                .hasValue("a published version cannot become draft (it can become: live)");
    }

    @Test
    void everyTransitionNamesItsRolesAndTheAdministratorHasNone() {
        Set<AccountRole> used = EnumSet.noneOf(AccountRole.class);
        Workflow.transitions().forEach(t -> used.addAll(t.roles()));

        assertThat(used).doesNotContain(AccountRole.ADMINISTRATOR, AccountRole.RESPONDENT, AccountRole.TBEC_MEMBER);
        assertThat(Workflow.refusal(DocumentState.DRAFT, DocumentState.INTERNAL_REVIEW, AccountRole.DRAFTER)).isEmpty();
        assertThat(Workflow.refusal(DocumentState.INTERNAL_REVIEW, DocumentState.CONSULTATION, AccountRole.QUALITY_ASSURANCE)).isEmpty();
        assertThat(Workflow.refusal(DocumentState.CONSULTATION, DocumentState.CONSULTATION_CLOSED, AccountRole.DRAFTER))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("only quality assurance (SECAS core) may"));
    }

    @Test
    void aVersionGoesLiveOnItsReleaseDateNotBefore() {
        LocalDate release = LocalDate.of(2019, 6, 28);

        Workflow.checkGoLive("3.0", release, release);
        Workflow.checkGoLive("3.0", release, release.plusDays(3));
        assertThatThrownBy(() -> Workflow.checkGoLive("3.0", release, release.minusDays(1)))
                .hasMessage("version 3.0 goes live on its release date 2019-06-28, not before (today is 2019-06-27)");
        assertThatThrownBy(() -> Workflow.checkGoLive("3.0", null, release)).hasMessageContaining("has no release date");
    }

    @Test
    void approvedAndLaterVersionsAreImmutable() {
        assertThat(EnumSet.allOf(DocumentState.class).stream().filter(DocumentState::isImmutable))
                .containsExactly(DocumentState.APPROVED, DocumentState.PUBLISHED, DocumentState.LIVE, DocumentState.SUPERSEDED);
    }

    @Test
    void aRejectionNeedsItsReason() {
        assertThatThrownBy(() -> new Disposition(1, Disposition.Outcome.REJECTED, "Thank you.", " ", null, null, "drafter", null))
                .isInstanceOf(ReviewException.class).hasMessage("a rejected comment needs the reason for rejecting it");
    }
}
