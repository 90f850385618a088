package org.tadworkbench.word;

import java.util.List;

/**
 * A table: rows of cells, merged cells already resolved. A cell that spans columns ({@code gridSpan}) or rows
 * ({@code vMerge}) appears once, in its first row and column, with its spans; the places it covers hold no cell.
 * {@code index} counts the document's tables from 1.
 */
public record Table(int index, List<Row> rows) implements Block {
    public Table {
        rows = List.copyOf(rows);
    }

    /** How many grid columns the table has (the widest row, spans counted). */
    public int columns() {
        int widest = 0;
        for (Row row : rows) {
            for (Cell cell : row.cells()) {
                widest = Math.max(widest, cell.column() + cell.colSpan());
            }
        }
        return widest;
    }

    public boolean hasMergedCells() {
        return rows.stream().flatMap(r -> r.cells().stream()).anyMatch(c -> c.colSpan() > 1 || c.rowSpan() > 1);
    }

    /** One row; {@code header} when Word repeats it as a header row. */
    public record Row(List<Cell> cells, boolean header) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** One cell at grid column {@code column} (from 0), spanning {@code colSpan} columns and {@code rowSpan} rows. */
    public record Cell(int column, int colSpan, int rowSpan, List<Block> blocks) {
        public Cell {
            blocks = List.copyOf(blocks);
        }
    }
}
