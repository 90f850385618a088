package org.tadworkbench.impactsheet.internal;

import java.util.EnumMap;
import java.util.Map;

/** The cells of one data row as text, by column; {@code number} counts as the spreadsheet does (header = 1). */
public record SheetRow(int number, Map<Column, String> cells) {

    public SheetRow {
        cells = cells.isEmpty() ? Map.of() : new EnumMap<>(cells);
    }

    /** The cell's text, or null when the cell is empty or its column is absent. */
    public String text(Column column) {
        return cells.get(column);
    }
}
