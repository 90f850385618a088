package org.tadworkbench.intake.text;

import java.nio.file.Path;
import org.tadworkbench.intake.Ingested;
import org.tadworkbench.intake.IntakeException;
import org.tadworkbench.intake.SpecReader;

/** Reads a specification in text form into clauses. */
public final class PlainTextSpecReader implements SpecReader {

    @Override
    public Ingested read(Path file, String displayName) throws IntakeException {
        throw new IntakeException(displayName + ": reading text is not built yet");
    }
}
