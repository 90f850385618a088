package org.tadworkbench.archimate;

/**
 * An exchange file that cannot be imported. The message is one line that says what is wrong and where (a line
 * number for XML errors, an identifier for model errors), fit to print after the file name.
 */
public class ArchimateImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ArchimateImportException(String message) {
        super(message);
    }
}
