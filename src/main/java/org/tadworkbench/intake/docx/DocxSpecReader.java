package org.tadworkbench.intake.docx;

import java.nio.file.Path;
import org.tadworkbench.intake.Ingested;
import org.tadworkbench.intake.IntakeException;
import org.tadworkbench.intake.SpecReader;

/** Reads a specification in Word form into clauses. */
public final class DocxSpecReader implements SpecReader {

    @Override
    public Ingested read(Path file, String displayName) throws IntakeException {
        throw new IntakeException(displayName + ": reading Word is not built yet");
    }
}
