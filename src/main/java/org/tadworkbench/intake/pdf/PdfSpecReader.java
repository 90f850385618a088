package org.tadworkbench.intake.pdf;

import java.nio.file.Path;
import org.tadworkbench.intake.Ingested;
import org.tadworkbench.intake.IntakeException;
import org.tadworkbench.intake.SpecReader;

/** Reads a specification in PDF form into clauses. */
public final class PdfSpecReader implements SpecReader {

    @Override
    public Ingested read(Path file, String displayName) throws IntakeException {
        throw new IntakeException(displayName + ": reading PDF is not built yet");
    }
}
