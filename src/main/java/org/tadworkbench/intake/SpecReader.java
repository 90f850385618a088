package org.tadworkbench.intake;

import java.nio.file.Path;

/** Reads one form of specification (Word, PDF, HTML, Markdown, plain text) into clauses. */
public interface SpecReader {

    /**
     * The clauses of {@code file}. Never writes anything; refuses a file it cannot read safely with an
     * {@link IntakeException} whose message names the file ({@code displayName}) and the place.
     */
    Ingested read(Path file, String displayName) throws IntakeException;
}
