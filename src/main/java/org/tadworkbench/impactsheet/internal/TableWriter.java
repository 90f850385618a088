package org.tadworkbench.impactsheet.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tadworkbench.impactsheet.Spreadsheet;

/**
 * A plain table as one sheet ({@link Spreadsheet#write}). Every value is a text cell; a text that starts like a
 * formula ({@code = + - @}, tab or carriage return) is stored quote-prefixed, so a spreadsheet program shows it and
 * keeps it as text even when the cell is edited (no formula injection).
 */
public final class TableWriter {

    private TableWriter() {
    }

    public static byte[] write(String title, String sheetName, List<Spreadsheet.Column> columns, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setTitle(title);
            workbook.getProperties().getCoreProperties().setCreator("TAD Workbench");
            XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            CellStyle header = XlsxWriter.headerStyle(workbook);
            CellStyle text = style(workbook, false, false);
            CellStyle wrapped = style(workbook, true, false);
            CellStyle quoted = style(workbook, false, true);
            CellStyle quotedWrapped = style(workbook, true, true);
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, columns.get(c).width() * 256);
                sheet.setDefaultColumnStyle(c, columns.get(c).longText() ? wrapped : text);
            }
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.size() && c < values.size(); c++) {
                    String value = values.get(c);
                    Cell cell = row.createCell(c);
                    boolean longText = columns.get(c).longText();
                    boolean formulaLike = looksLikeFormula(value);
                    cell.setCellStyle(formulaLike ? (longText ? quotedWrapped : quoted) : (longText ? wrapped : text));
                    if (value != null) {
                        int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
                        cell.setCellValue(value.length() > max ? value.substring(0, max) : value);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows.size()), 0, columns.size() - 1));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the workbook in memory", e);
        }
    }

    static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static CellStyle style(XSSFWorkbook workbook, boolean wrap, boolean quotePrefixed) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setWrapText(wrap);
        style.setDataFormat(workbook.createDataFormat().getFormat("@"));
        style.setQuotePrefixed(quotePrefixed);
        return style;
    }
}
