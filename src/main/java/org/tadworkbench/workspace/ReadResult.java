package org.tadworkbench.workspace;

import java.util.List;

/** A workspace as read, the problems met while reading it, and where each value came from. */
public record ReadResult(Workspace workspace, List<Finding> findings, Locations locations) {
    public ReadResult {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
