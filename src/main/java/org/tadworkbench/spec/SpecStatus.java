package org.tadworkbench.spec;

/** Standing of one version of a specification in the SEC change process. */
public enum SpecStatus {
    DRAFT, DESIGNATED, BASELINED, SUPERSEDED
}
