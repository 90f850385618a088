package org.tadworkbench.lint;

import java.util.ArrayList;
import java.util.List;
import org.tadworkbench.workspace.Finding;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.Workspace;

/** Runs every cross-file rule over a workspace that could be read. */
final class ConsistencyRules {

    private final List<Rules> rules;

    ConsistencyRules(Workspace ws, Locations at) {
        List<Rules> all = new ArrayList<>(List.of(new RegisterRules(ws, at), new OutlineRules(ws, at), new ImpactRules(ws, at),
                new PlanRules(ws, at), new ModelRules(ws, at), new TraceRules(ws, at),
                new SnapshotRules(ws, at), new GovernanceRules(ws, at), new ApplicabilityRules(ws, at),
                new SuspectTraceRules(ws, at), new PictureRules(ws, at)));
        // A model kept in a version's snapshot is checked like the workspace's own; its findings name its own files.
        ws.snapshots().forEach(snapshot -> snapshot.keptModel().ifPresent(model -> all.add(new ModelRules(ws.withModel(model), at))));
        this.rules = List.copyOf(all);
    }

    /** The rule sets only read the workspace, so they run side by side; findings come back in a fixed order. */
    List<Finding> check() {
        List<Finding> findings = new ArrayList<>();
        rules.parallelStream().map(Rules::check).toList().forEach(findings::addAll);
        return findings;
    }
}
