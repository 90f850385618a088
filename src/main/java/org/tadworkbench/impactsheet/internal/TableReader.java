package org.tadworkbench.impactsheet.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.tadworkbench.impactsheet.ImpactSheetException;
import org.tadworkbench.impactsheet.SheetProblem;
import org.tadworkbench.impactsheet.Spreadsheet;

/** Reads a plain table ({@link Spreadsheet#read}): header names the columns, each later non-empty row is data. */
public final class TableReader {

    private TableReader() {
    }

    public static Spreadsheet.Table read(Workbook workbook, List<String> headers, List<String> required)
            throws ImpactSheetException {
        if (workbook.getNumberOfSheets() == 0) {
            throw new ImpactSheetException("the workbook has no sheet");
        }
        Sheet sheet = workbook.getSheetAt(0);
        if (sheet.getLastRowNum() > SheetReader.MAX_DATA_ROWS) {
            throw new ImpactSheetException("the first sheet has " + (sheet.getLastRowNum() + 1) + " rows; at most "
                    + SheetReader.MAX_DATA_ROWS + " data rows are imported");
        }
        List<SheetProblem> problems = new ArrayList<>();
        Map<String, Integer> columns = new LinkedHashMap<>();
        Row head = sheet.getRow(0);
        if (head != null) {
            for (Cell cell : head) {
                String name = SheetReader.headerText(cell);
                for (String header : headers) {
                    if (header.toLowerCase(Locale.ROOT).equals(name)) {
                        columns.putIfAbsent(header, cell.getColumnIndex());
                    }
                }
            }
        }
        for (String header : required) {
            if (!columns.containsKey(header)) {
                problems.add(new SheetProblem(1, header, "the header row has no such column; it is required"));
            }
        }
        List<Spreadsheet.Row> rows = new ArrayList<>();
        if (!problems.isEmpty()) {
            return new Spreadsheet.Table(rows, problems);
        }
        for (int index = 1; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            if (row == null) {
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            for (Map.Entry<String, Integer> column : columns.entrySet()) {
                try {
                    String text = CellText.of(row.getCell(column.getValue()));
                    if (text != null && !text.isBlank()) {
                        cells.put(column.getKey(), text.strip());
                    }
                } catch (CellText.Unusable e) {
                    problems.add(new SheetProblem(index + 1, column.getKey(), e.getMessage()));
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new Spreadsheet.Row(index + 1, cells));
            }
        }
        return new Spreadsheet.Table(rows, problems);
    }
}
