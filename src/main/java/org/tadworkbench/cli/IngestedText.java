package org.tadworkbench.cli;

import java.util.Optional;
import java.util.stream.Collectors;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.workspace.Workspace;
import picocli.CommandLine.Model.CommandSpec;

/** Finds the ingested text of a version a command names, or says plainly why there is none. */
final class IngestedText {

    private IngestedText() {
    }

    static Optional<ClauseTree> find(Workspace ws, SpecVersionRef ref, CommandSpec spec) {
        Optional<ClauseTree> tree = ws.specs().text(ref.document(), ref.version());
        if (tree.isEmpty()) {
            String ingested = ws.specs().textsOf(ref.document()).stream().map(ClauseTree::version)
                    .collect(Collectors.joining(", "));
            spec.commandLine().getErr().println("tad spec " + spec.name() + ": " + ref + " has not been ingested"
                    + (ingested.isEmpty() ? " (no version of " + ref.document() + " has)" : " (ingested: " + ingested + ")")
                    + "; read it in with tad spec ingest");
        }
        return tree;
    }
}
