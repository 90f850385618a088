package org.tadworkbench.mspdi;

/** A project file that cannot be read as a plan; the message is one line and names the file. */
public final class MspdiImportException extends Exception {

    public MspdiImportException(String message) {
        super(message);
    }

    public MspdiImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
