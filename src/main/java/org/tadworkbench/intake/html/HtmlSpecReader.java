package org.tadworkbench.intake.html;

import java.nio.file.Path;
import org.tadworkbench.intake.Ingested;
import org.tadworkbench.intake.IntakeException;
import org.tadworkbench.intake.SpecReader;

/** Reads a specification in HTML form into clauses. */
public final class HtmlSpecReader implements SpecReader {

    @Override
    public Ingested read(Path file, String displayName) throws IntakeException {
        throw new IntakeException(displayName + ": reading HTML is not built yet");
    }
}
