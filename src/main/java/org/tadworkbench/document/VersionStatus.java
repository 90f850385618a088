package org.tadworkbench.document;

/** Lifecycle of a TAD version, from drafting to being replaced by a newer live version. */
public enum VersionStatus {
    DRAFT, CONSULTATION, APPROVED, PUBLISHED, LIVE, SUPERSEDED
}
