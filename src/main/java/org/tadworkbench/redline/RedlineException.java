package org.tadworkbench.redline;

/** A redline cannot be made: a version is not in workspace.yaml ({@link #unknownVersion()}) or has no text. */
public final class RedlineException extends Exception {

    private final boolean unknownVersion;

    RedlineException(String message, boolean unknownVersion) {
        super(message);
        this.unknownVersion = unknownVersion;
    }

    public boolean unknownVersion() {
        return unknownVersion;
    }
}
