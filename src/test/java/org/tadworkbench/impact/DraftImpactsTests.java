package org.tadworkbench.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Triage of a proposed row: accept starts the work (or confirms no impact), reject records why not. */
class DraftImpactsTests {

    private static ImpactRow proposed(String section) {
        return new ImpactRow("A57", "DUIS", "3.1", "1.4.2", "Requests withheld", section,
                ImpactRow.NO_IMPACT.equals(section) ? null : ImpactTarget.SECTION, "HHT", "Assess: DUIS 3.1 rewords §1.4.2.",
                ImpactStatus.PROPOSED, "Proposed from the diff (score 1.00, direct): trace", null, null, null, List.of());
    }

    @Test
    void acceptingAProposedSectionMakesItIdentifiedAndKeepsEverythingElse() {
        ImpactRow row = proposed("4.2.1.7");

        ImpactRow accepted = DraftImpacts.accept(row);

        assertThat(accepted.status()).isEqualTo(ImpactStatus.IDENTIFIED);
        assertThat(accepted.withStatus(ImpactStatus.PROPOSED)).isEqualTo(row);
        assertThat(DraftImpacts.isProposal(accepted)).isFalse();
    }

    @Test
    void acceptingAProposedNoImpactConfirmsIt() {
        assertThat(DraftImpacts.accept(proposed(ImpactRow.NO_IMPACT)).status()).isEqualTo(ImpactStatus.NO_IMPACT);
    }

    @Test
    void rejectingMakesItNoImpactWithTheReasonFirstInItsNoteAndTheSectionKept() {
        ImpactRow rejected = DraftImpacts.reject(proposed("4.2.1.7"), " the HHT section does not list variants ");

        assertThat(rejected.status()).isEqualTo(ImpactStatus.NO_IMPACT);
        assertThat(rejected.section()).isEqualTo("4.2.1.7");
        assertThat(rejected.note()).startsWith("Not impacted: the HHT section does not list variants\nProposed from the diff");
        assertThat(rejected.status().isFinished()).isTrue();
    }

    @Test
    void onlyAProposalWithASectionIsRejectedAndAlwaysWithAReason() {
        assertThatThrownBy(() -> DraftImpacts.reject(proposed("4.2.1.7"), " ")).hasMessageContaining("say why section 4.2.1.7");
        assertThatThrownBy(() -> DraftImpacts.reject(proposed(ImpactRow.NO_IMPACT), "it does"))
                .hasMessageContaining("already proposes no impact");
        ImpactRow identified = proposed("4.2.1.7").withStatus(ImpactStatus.IDENTIFIED);
        assertThatThrownBy(() -> DraftImpacts.accept(identified)).hasMessageContaining("A57 is identified, not proposed");
        assertThatThrownBy(() -> DraftImpacts.reject(identified, "no")).isInstanceOf(IllegalArgumentException.class);
    }
}
