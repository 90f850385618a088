package org.tadworkbench.ooxml;

/**
 * A package that cannot be read safely: damaged, over its limits, or holding XML with a DTD. The message says what,
 * and {@link #part()} names the part of the package when one is at fault; the caller adds the file's name.
 */
public final class OoxmlException extends Exception {
    private final String part;

    public OoxmlException(String message, String part) {
        super(message);
        this.part = part;
    }

    public OoxmlException(String message, String part, Throwable cause) {
        super(message, cause);
        this.part = part;
    }

    /** The part at fault ("word/document.xml"), or null when the package as a whole is. */
    public String part() {
        return part;
    }
}
