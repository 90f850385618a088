package org.tadworkbench.web;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tadworkbench.account.Account;
import org.tadworkbench.review.Consultation;
import org.tadworkbench.review.ConsultationStatus;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.review.Governance;
import org.tadworkbench.store.GovernanceStore;

/**
 * The {@link ConsultationStatus} of a consultation for the signed-in reader today: the comments counted as shown are
 * those {@link CommentVisibility} lets that reader see. Templates call it as {@code @consultationStatuses}.
 */
@Component("consultationStatuses")
class ConsultationStatuses {

    private final CurrentWorkspace current;
    private final GovernanceStore store;
    private final Clock clock;

    ConsultationStatuses(CurrentWorkspace current, GovernanceStore store, Clock clock) {
        this.current = current;
        this.store = store;
        this.clock = clock;
    }

    /** For a page that has only the consultation and its version's state (the version list). */
    public ConsultationStatus of(Consultation consultation, DocumentState versionState) {
        return of(consultation, store.loadGovernance(current.requireId()), versionState);
    }

    ConsultationStatus of(Consultation consultation, Governance governance, DocumentState versionState) {
        Account reader = SignedInUser.account().orElse(null);
        return ConsultationStatus.of(consultation, governance, versionState,
                c -> CommentVisibility.visible(c, versionState, reader), clock);
    }

    /** The status of the version's latest consultation, if it has had one. */
    Optional<ConsultationStatus> latest(Governance governance, String version, DocumentState versionState) {
        return governance.consultations().stream().filter(c -> c.version().equals(version))
                .reduce((first, second) -> second).map(c -> of(c, governance, versionState));
    }
}
