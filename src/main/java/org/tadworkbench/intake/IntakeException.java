package org.tadworkbench.intake;

/**
 * A file that cannot be ingested (encrypted, corrupt, macro-bearing, an archive over its limits, XML with a DTD, a
 * PDF without a text layer): the message names the file and, where known, the place, and says what to do.
 */
public final class IntakeException extends Exception {
    public IntakeException(String message) {
        super(message);
    }

    public IntakeException(String message, Throwable cause) {
        super(message, cause);
    }
}
