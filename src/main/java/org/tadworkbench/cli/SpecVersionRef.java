package org.tadworkbench.cli;

import java.util.Optional;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.workspace.Workspace;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A version of a specification as the command line names it: {@code DUIS:3.0d3}. */
record SpecVersionRef(String document, String version) {

    /** Reads {@code DOC:VERSION}; throws IllegalArgumentException saying what is wrong. */
    static SpecVersionRef parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1 || text.indexOf(':', colon + 1) >= 0) {
            throw new IllegalArgumentException("'" + text + "' is not DOCUMENT:VERSION, e.g. DUIS:3.0d3");
        }
        return new SpecVersionRef(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
    }

    /** The version's ingested clause tree, if it has been read in. */
    Optional<ClauseTree> text(Workspace ws) {
        return ws.specs().text(document, version);
    }

    /** What to tell a user whose version has no ingested text, naming the versions of the document that have. */
    String notIngested(Workspace ws) {
        String ingested = String.join(", ", ws.specs().textsOf(document).stream().map(ClauseTree::version).toList());
        return this + " has not been ingested" + (ingested.isEmpty() ? " (no version of " + document + " has)"
                : " (ingested: " + ingested + ")") + "; read it in first: tad spec ingest WORKSPACE FILE --doc "
                + document + " --version " + version;
    }

    @Override
    public String toString() {
        return document + ":" + version;
    }

    /** picocli converter: a malformed reference is a usage error (exit 2) with the expected form. */
    static final class Converter implements ITypeConverter<SpecVersionRef> {
        @Override
        public SpecVersionRef convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
