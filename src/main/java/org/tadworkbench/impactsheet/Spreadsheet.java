package org.tadworkbench.impactsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tadworkbench.impactsheet.internal.TableReader;
import org.tadworkbench.impactsheet.internal.TableWriter;
import org.tadworkbench.impactsheet.internal.WorkbookOpener;

/**
 * Any simple table as one XLSX sheet, with the impact sheet's conventions (bold shaded frozen header, sized text
 * columns, auto-filter; text that a spreadsheet program would take for a formula is stored quote-prefixed so it stays
 * text), and read back from an uploaded workbook through the same hardened opener (size limit, no legacy or encrypted
 * workbooks, no damaged packages or ZIP bombs, no external entities). Used by the consultation pack.
 */
public final class Spreadsheet {

    /** A column: its header and width in characters; {@code longText} wraps. */
    public record Column(String header, int width, boolean longText) {
    }

    /** One data row read back: its number as the spreadsheet counts (header = 1) and its non-empty cells by header. */
    public record Row(int number, Map<String, String> cells) {
        public Row {
            cells = Map.copyOf(cells);
        }

        /** The cell's text, or null when empty. */
        public String text(String header) {
            return cells.get(header);
        }
    }

    /** What a read gave: the data rows, and problems with cells (row and column named), all of them. */
    public record Table(List<Row> rows, List<SheetProblem> problems) {
        public Table {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    /** Largest workbook {@link #read} accepts. */
    public static final int MAX_FILE_BYTES = WorkbookOpener.MAX_FILE_BYTES;

    private Spreadsheet() {
    }

    /** One sheet named {@code sheetName}: the header row, then one row per list of cell texts (null for empty). */
    public static byte[] write(String title, String sheetName, List<Column> columns, List<List<String>> rows) {
        return TableWriter.write(title, sheetName, columns, rows);
    }

    /**
     * Reads the first sheet: row 1 names the columns (any order, case and spacing ignored; unknown ones ignored);
     * {@code required} columns must be there. A file that is no readable workbook, or is larger than
     * {@code maxBytes}, throws with a one-line reason.
     */
    public static Table read(InputStream in, List<String> headers, List<String> required, int maxBytes)
            throws ImpactSheetException {
        try (XSSFWorkbook workbook = WorkbookOpener.open(in, maxBytes)) {
            return TableReader.read(workbook, headers, required);
        } catch (IOException e) {
            throw new ImpactSheetException("cannot close the workbook: " + e.getMessage());
        }
    }
}
