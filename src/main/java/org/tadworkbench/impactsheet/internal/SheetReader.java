package org.tadworkbench.impactsheet.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.tadworkbench.impactsheet.ImpactSheetException;
import org.tadworkbench.impactsheet.SheetProblem;

/**
 * Reads the first sheet of a workbook as a table: row 1 is the header, whose cells name the columns (in any order,
 * ignoring case and extra spaces; unknown columns are ignored); every later row that is not entirely empty is a data
 * row. Problems are added to the given list; reading stops after the header when required columns are missing.
 */
public final class SheetReader {

    /** Far more rows than any release has; beyond it the file is not a register someone edited. */
    public static final int MAX_DATA_ROWS = 10_000;

    private final List<SheetProblem> problems;

    public SheetReader(List<SheetProblem> problems) {
        this.problems = problems;
    }

    public List<SheetRow> read(Workbook workbook) throws ImpactSheetException {
        if (workbook.getNumberOfSheets() == 0) {
            throw new ImpactSheetException("the workbook has no sheet");
        }
        Sheet sheet = workbook.getSheetAt(0);
        if (sheet.getLastRowNum() > MAX_DATA_ROWS) {
            throw new ImpactSheetException("the first sheet has " + (sheet.getLastRowNum() + 1) + " rows; at most "
                    + MAX_DATA_ROWS + " data rows are imported");
        }
        Map<Column, Integer> columns = header(sheet.getRow(0));
        if (columns.isEmpty()) {
            return List.of();
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int index = 1; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            if (row != null) {
                SheetRow read = row(row, columns);
                if (!read.cells().isEmpty()) {
                    rows.add(read);
                }
            }
        }
        return rows;
    }

    /** Where each known column is; empty when the header is unusable (the problems say why). */
    private Map<Column, Integer> header(Row header) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        if (header == null) {
            problems.add(new SheetProblem(1, null, "the first sheet has no header row; row 1 must name the columns"));
            return columns;
        }
        int before = problems.size();
        for (Cell cell : header) {
            String name = headerText(cell);
            for (Column column : Column.values()) {
                if (column.header().toLowerCase(Locale.ROOT).equals(name)) {
                    Integer earlier = columns.putIfAbsent(column, cell.getColumnIndex());
                    if (earlier != null) {
                        problems.add(new SheetProblem(1, column.header(), "the column appears twice, in "
                                + letter(earlier) + " and " + letter(cell.getColumnIndex()) + "; keep one"));
                    }
                }
            }
        }
        for (Column column : Column.values()) {
            if (column.requiredOnImport() && !columns.containsKey(column)) {
                problems.add(new SheetProblem(1, column.header(), "the header has no such column; it is required"));
            }
        }
        return problems.size() > before ? Map.of() : columns;
    }

    static String headerText(Cell cell) {
        try {
            String text = CellText.of(cell);
            return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        } catch (CellText.Unusable e) {
            return "";
        }
    }

    private SheetRow row(Row row, Map<Column, Integer> columns) {
        int number = row.getRowNum() + 1;
        Map<Column, String> cells = new EnumMap<>(Column.class);
        for (Map.Entry<Column, Integer> column : columns.entrySet()) {
            try {
                String text = CellText.of(row.getCell(column.getValue()));
                if (text != null && !text.isBlank()) {
                    cells.put(column.getKey(), text);
                }
            } catch (CellText.Unusable e) {
                problems.add(new SheetProblem(number, column.getKey().header(), e.getMessage()));
            }
        }
        return new SheetRow(number, cells);
    }

    private static String letter(int columnIndex) {
        return CellReference.convertNumToColString(columnIndex);
    }
}
