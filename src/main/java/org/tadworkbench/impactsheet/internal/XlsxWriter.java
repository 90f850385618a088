package org.tadworkbench.impactsheet.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ImpactStatus;
import org.tadworkbench.impact.ReleaseImpacts;

/**
 * Writes a release's register as one XLSX sheet for experts to edit: a frozen bold header, an auto-filter, one row
 * per impact row and nothing more (no pre-formatted empty rows, so the sheet has exactly rows + 1 rows). Context
 * columns are shaded to say "not read back"; text columns are formatted as text so that a section typed as 4.10
 * stays 4.10 instead of becoming the number 4.1.
 */
public final class XlsxWriter {

    private static final String TEXT_FORMAT = "@";
    private static final byte[] HEADER_FILL = {(byte) 0xD9, (byte) 0xE1, (byte) 0xF2};
    private static final byte[] CONTEXT_FILL = {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2};

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Map<Column, CellStyle> styles = new EnumMap<>(Column.class);

    private XlsxWriter() {
    }

    /** {@code currentTitle} gives the outline's title of a section number, or empty when it has none. */
    public static byte[] write(ReleaseImpacts release, Function<String, Optional<String>> currentTitle) {
        XlsxWriter writer = new XlsxWriter();
        try (XSSFWorkbook workbook = writer.workbook) {
            writer.describe(release);
            writer.fill(release, currentTitle);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the workbook in memory", e);
        }
    }

    private void describe(ReleaseImpacts release) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setTitle(release.title() == null ? "Impact register " + release.release() : release.title());
        core.setSubjectProperty("Impact register of release " + release.release());
        core.setCreator("TAD Workbench");
        core.setDescription("Edit the white columns; shaded columns are context and are not read back. Import with "
                + "tad impact WORKSPACE --release " + release.release() + " --import-xlsx FILE.");
    }

    private void fill(ReleaseImpacts release, Function<String, Optional<String>> currentTitle) {
        XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(release.release()));
        Column[] columns = Column.values();
        writeHeader(sheet.createRow(0), columns);
        int rowIndex = 1;
        for (ImpactRow impact : release.impacts()) {
            Row row = sheet.createRow(rowIndex++);
            Optional<String> title = currentTitle.apply(impact.section());
            for (Column column : columns) {
                writeCell(row, column, column.value(impact, title), impact.id());
            }
        }
        int lastRow = release.impacts().size();
        for (Column column : columns) {
            sheet.setColumnWidth(column.ordinal(), column.width() * 256);
            // Cells an expert fills in later (an empty owner, say) take the column's format, e.g. text.
            sheet.setDefaultColumnStyle(column.ordinal(), style(column));
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns.length - 1));
        if (lastRow > 0) {
            dropDown(sheet, Column.STATUS, lastRow,
                    Arrays.stream(ImpactStatus.values()).map(Column::code).toArray(String[]::new));
            dropDown(sheet, Column.NO_IMPACT, lastRow, new String[] {Column.YES, Column.NO});
        }
    }

    private void writeHeader(Row header, Column[] columns) {
        CellStyle style = headerStyle(workbook);
        for (Column column : columns) {
            Cell cell = header.createCell(column.ordinal());
            cell.setCellValue(column.header());
            cell.setCellStyle(style);
        }
    }

    /** The header row's style: bold, wrapped, shaded, a line below; shared with {@link TableWriter}. */
    static CellStyle headerStyle(XSSFWorkbook workbook) {
        XSSFCellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    private void writeCell(Row row, Column column, Object value, String rowId) {
        Cell cell = row.createCell(column.ordinal());
        cell.setCellStyle(style(column));
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null) {
            String text = value.toString();
            if (text.length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength()) {
                throw new IllegalArgumentException("row " + rowId + ": the " + column.header() + " is longer than the "
                        + SpreadsheetVersion.EXCEL2007.getMaxTextLength() + " characters a spreadsheet cell holds");
            }
            cell.setCellValue(text);
        }
    }

    /** One style per column, shared by all its cells (a workbook holds at most 64,000 styles). */
    private CellStyle style(Column column) {
        return styles.computeIfAbsent(column, c -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setWrapText(c.kind() == Column.Kind.LONG_TEXT);
            if (c.kind() != Column.Kind.NUMBER) {
                style.setDataFormat(workbook.createDataFormat().getFormat(TEXT_FORMAT));
            }
            if (!c.editable()) {
                style.setFillForegroundColor(new XSSFColor(CONTEXT_FILL, null));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return style;
        });
    }

    private static void dropDown(XSSFSheet sheet, Column column, int lastRow, String[] choices) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(choices),
                new CellRangeAddressList(1, lastRow, column.ordinal(), column.ordinal()));
        validation.setShowErrorBox(true);
        validation.createErrorBox(column.header(), "Choose one of: " + String.join(", ", choices));
        sheet.addValidationData(validation);
    }
}
