package org.tadworkbench.lint;

import org.tadworkbench.traceability.SuspectCitations;
import org.tadworkbench.traceability.SuspectCitations.Kind;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.Workspace;

/**
 * Traces, impact rows and variations citing a clause that a newer ingested version of its document rewords, moves or
 * removes are suspect: a warning, since the citation may still hold and only an expert can say. A trace whose clause
 * was only renumbered gets a warning too, naming the {@code tad spec retarget} that moves it.
 */
final class SuspectTraceRules extends Rules {

    SuspectTraceRules(Workspace ws, Locations at) {
        super(ws, at);
    }

    @Override
    void run() {
        for (SuspectCitations.Suspicion suspicion : SuspectCitations.of(ws)) {
            warning(suspicion.item(), "clause", suspicion.kind() == Kind.SUSPECT ? "suspect-trace" : "renumbered-clause",
                    suspicion.describe());
        }
    }
}
