package org.tadworkbench.review;

import org.tadworkbench.document.VersionStatus;

/** Where a TAD version is on the PID's quality route. See {@link Workflow} for who may move it on. */
public enum DocumentState {
    DRAFT("draft"),
    INTERNAL_REVIEW("internal review"),
    CONSULTATION("consultation"),
    CONSULTATION_CLOSED("consultation closed"),
    APPROVED("approved"),
    PUBLISHED("published"),
    LIVE("live"),
    SUPERSEDED("superseded");

    private final String label;

    DocumentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The state as workspace files spell it: lower case with hyphens ({@code internal-review}). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Approved, published, live and superseded versions are fixed: their sections can no longer change. */
    public boolean isImmutable() {
        return this == APPROVED || this == PUBLISHED || this == LIVE || this == SUPERSEDED;
    }

    /**
     * Whether a plain edit of the version's text is taken in this state ({@link Workflow#checkEdit} says why not):
     * in draft and internal review, and after the consultation closes (changes then answer comments, and the
     * publication gate asks each changed section to be linked by a disposition). Not while the consultation is open
     * (respondents comment on one text), and never once approved.
     */
    public boolean textEditable() {
        return this != CONSULTATION && !isImmutable();
    }

    /** The coarser status workspace.yaml records for this state (internal review is still a draft). */
    public VersionStatus versionStatus() {
        return switch (this) {
            case DRAFT, INTERNAL_REVIEW -> VersionStatus.DRAFT;
            case CONSULTATION, CONSULTATION_CLOSED -> VersionStatus.CONSULTATION;
            case APPROVED -> VersionStatus.APPROVED;
            case PUBLISHED -> VersionStatus.PUBLISHED;
            case LIVE -> VersionStatus.LIVE;
            case SUPERSEDED -> VersionStatus.SUPERSEDED;
        };
    }

    /** The state of a version that has no recorded governance yet: its status in workspace.yaml. */
    public static DocumentState of(VersionStatus status) {
        return switch (status) {
            case DRAFT -> DRAFT;
            case CONSULTATION -> CONSULTATION;
            case APPROVED -> APPROVED;
            case PUBLISHED -> PUBLISHED;
            case LIVE -> LIVE;
            case SUPERSEDED -> SUPERSEDED;
        };
    }
}
