package org.tadworkbench.impactsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** What the tests do as a user would: run the command line, edit a sheet in a spreadsheet program, read CSV. */
final class SheetFixtures {

    static final String RELEASE = "smets1-services";

    private SheetFixtures() {
    }

    /** The workbook after {@code edit} changed its first sheet, saved as an expert's program would save it. */
    static byte[] edit(byte[] xlsx, Consumer<XSSFSheet> edit) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            edit.accept(workbook.getSheetAt(0));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    /** Sets the cell of register row {@code id} under {@code header}: text, a number, or null to empty it. */
    static void set(XSSFSheet sheet, String id, String header, Object value) {
        Row row = sheet.getRow(rowNumber(sheet, id) - 1);
        Cell cell = row.getCell(column(sheet, header), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** The spreadsheet row number (header = 1) of register row {@code id}. */
    static int rowNumber(XSSFSheet sheet, String id) {
        for (Row row : sheet) {
            if (id.equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
                return row.getRowNum() + 1;
            }
        }
        throw new AssertionError("no row " + id);
    }

    static int column(XSSFSheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (header.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    static String text(XSSFSheet sheet, String id, String header) {
        return new DataFormatter().formatCellValue(sheet.getRow(rowNumber(sheet, id) - 1).getCell(column(sheet, header)));
    }

    static BigDecimal number(XSSFSheet sheet, String id, String header) {
        return BigDecimal.valueOf(sheet.getRow(rowNumber(sheet, id) - 1).getCell(column(sheet, header)).getNumericCellValue());
    }

    /** An independent RFC 4180 reader: records of fields, quoted fields may hold commas, quotes and line breaks. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (quoted || field.length() > 0 || !fields.isEmpty()) {
            throw new AssertionError("the CSV does not end with CRLF after a complete record");
        }
        return records;
    }
}
