package org.tadworkbench.impactsheet;

/**
 * A file that cannot be read as an impact sheet at all: not an XLSX workbook, damaged, encrypted or too large.
 * The message is one line fit to print after the file name. Problems in the sheet's content are not exceptions but
 * {@link SheetProblem}s of the {@link ImportOutcome}, so that all of them are reported at once.
 */
public class ImpactSheetException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImpactSheetException(String message) {
        super(message);
    }
}
