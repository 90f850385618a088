package org.tadworkbench.traceability;

import java.util.List;

/**
 * A TAD section that a change may impact: its score (0..1, several pieces of evidence combine), whether a trace
 * or an earlier assessment names it directly, and the reasons, each a chain from the changed clause to the section.
 */
public record Candidate(String section, String title, double score, boolean direct, List<String> reasons) {
    public Candidate {
        reasons = List.copyOf(reasons);
    }
}
