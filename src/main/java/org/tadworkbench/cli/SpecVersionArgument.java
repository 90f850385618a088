package org.tadworkbench.cli;

import java.util.Optional;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.workspace.Workspace;

/** A specification version as the command line names it, {@code DOC:VERSION} (e.g. DUIS:3.0d3). */
record SpecVersionArgument(String document, String version) {

    /** Reads {@code DOC:VERSION}; throws IllegalArgumentException saying what is wrong. */
    static SpecVersionArgument parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not DOC:VERSION (e.g. DUIS:3.0d3)");
        }
        return new SpecVersionArgument(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
    }

    /** The version's ingested clause tree, if it has been read in. */
    Optional<ClauseTree> text(Workspace ws) {
        return ws.specs().text(document, version);
    }

    /** What to tell a user whose version has no ingested text. */
    String notIngested() {
        return this + " has no ingested text; read it in first: tad spec ingest WORKSPACE FILE --doc " + document
                + " --version " + version;
    }

    @Override
    public String toString() {
        return document + ":" + version;
    }
}
