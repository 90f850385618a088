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
     * Whether a drafter may edit the version's text now: only in draft and internal review. From the opening of a
     * consultation the text holds still (the text under consultation is the text approved), and approved, published,
     * live and superseded versions are fixed. The editor offers its form only where this holds.
     */
    public boolean textEditable() {
        return this == DRAFT || this == INTERNAL_REVIEW;
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
