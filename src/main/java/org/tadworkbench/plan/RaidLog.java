package org.tadworkbench.plan;

import java.util.List;

/** Risks, assumptions, issues and dependencies (raid.yaml), plus the project's constraints. */
public record RaidLog(List<Risk> risks, List<RaidEntry> assumptions, List<RaidEntry> constraints,
                      List<RaidIssue> issues, List<RaidEntry> dependencies) {
    public RaidLog {
        risks = List.copyOf(risks);
        assumptions = List.copyOf(assumptions);
        constraints = List.copyOf(constraints);
        issues = List.copyOf(issues);
        dependencies = List.copyOf(dependencies);
    }

    public static RaidLog empty() {
        return new RaidLog(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
