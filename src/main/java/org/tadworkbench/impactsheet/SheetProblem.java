package org.tadworkbench.impactsheet;

/**
 * One thing wrong in an imported sheet. {@code row} counts as the spreadsheet does (the header is row 1) and is 0
 * for a problem of the sheet as a whole, e.g. a register row missing from it; {@code column} is the column's header,
 * or null when the problem is not in one column.
 */
public record SheetProblem(int row, String column, String message) {

    /** "row 21, column Status: ...", or just the message for a problem of the whole sheet. */
    public String describe() {
        if (row <= 0) {
            return message;
        }
        return "row " + row + (column == null ? "" : ", column " + column) + ": " + message;
    }
}
