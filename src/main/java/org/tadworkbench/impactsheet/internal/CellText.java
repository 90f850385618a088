package org.tadworkbench.impactsheet.internal;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * A cell's value as text, whatever type the spreadsheet program gave it: experts may retype a section number
 * and get a number cell, or paste a formula. Dates and error values cannot stand for anything in the register and
 * are refused with a reason.
 */
final class CellText {

    /** A cell whose value is not usable; the message says why and what to do. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }

    private CellText() {
    }

    /** The text, or null for an empty cell. */
    static String of(Cell cell) throws Unusable {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> number(cell);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> throw new Unusable("the cell shows the error " + FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> null;
        };
    }

    private static String number(Cell cell) throws Unusable {
        if (DateUtil.isCellDateFormatted(cell)) {
            // Typical when a spreadsheet program takes a section number such as 4.2 for a date.
            throw new Unusable("the cell holds a date; format the cell as text and type the value again");
        }
        return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
    }
}
