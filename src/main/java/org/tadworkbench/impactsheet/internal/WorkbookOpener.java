package org.tadworkbench.impactsheet.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tadworkbench.impactsheet.ImpactSheetException;
import org.tadworkbench.ooxml.OfficeContainer;

/**
 * Opens a workbook that came from outside, refusing early and in one line what cannot or should not be read:
 * files over {@link #MAX_FILE_BYTES}, files that are not ZIP packages, legacy or encrypted (OLE2) workbooks, damaged
 * packages and ZIP bombs. POI's XML parsing keeps its defaults, which refuse external entities.
 */
public final class WorkbookOpener {

    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    /** Largest part of the package once unpacked. The sheet's XML is parsed into memory whole, so this bounds memory. */
    static final long MAX_UNPACKED_PART_BYTES = 64L * 1024 * 1024;

    static {
        // ZipSecureFile's limits are global to POI; only ever tighten them, never loosen a stricter caller's choice.
        if (ZipSecureFile.getMaxEntrySize() > MAX_UNPACKED_PART_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_PART_BYTES);
        }
    }

    private WorkbookOpener() {
    }

    public static XSSFWorkbook open(InputStream in) throws ImpactSheetException {
        return open(in, MAX_FILE_BYTES);
    }

    /** Opens a workbook of at most {@code maxBytes} (and never more than {@link #MAX_FILE_BYTES}). */
    public static XSSFWorkbook open(InputStream in, int maxBytes) throws ImpactSheetException {
        byte[] bytes = readAtMostLimit(in, Math.min(maxBytes, MAX_FILE_BYTES));
        switch (OfficeContainer.of(bytes)) {
            case ENCRYPTED -> throw new ImpactSheetException(
                    "the workbook is encrypted (password-protected); save a copy without a password and import that");
            case LEGACY_OLE2 -> throw new ImpactSheetException(
                    "this is an Excel 97-2003 workbook (.xls); save it as an Excel Workbook (.xlsx) and import that");
            case OTHER -> throw new ImpactSheetException(
                    "not an XLSX workbook (an .xlsx file is a ZIP package; this is not one)");
            case ZIP -> { }
        }
        if (!OfficeContainer.hasZipDirectory(bytes)) {
            // Reading a ZIP as a stream silently skips a cut-off part and would import a workbook missing its sheet.
            throw new ImpactSheetException("the XLSX file is damaged or truncated (its ZIP directory is missing)");
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (NotOfficeXmlFileException e) {
            throw new ImpactSheetException("not an XLSX workbook: the ZIP package holds no spreadsheet");
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged package through many exception types, mostly runtime ones; all mean the same here.
            throw new ImpactSheetException(explain(e));
        }
    }

    private static byte[] readAtMostLimit(InputStream in, int limit) throws ImpactSheetException {
        try {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new ImpactSheetException(tooLarge(limit));
            }
            return bytes;
        } catch (IOException e) {
            throw new ImpactSheetException("cannot read the file: " + oneLine(e));
        }
    }

    public static String tooLarge(int limit) {
        return limit == MAX_FILE_BYTES ? "the file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB, more than any impact sheet needs"
                : "the file is larger than " + limit / 1024 + " KB, more than such a form needs";
    }

    private static String explain(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("max size of the expanded data")) {
                return "the file unpacks to more data than an impact sheet can hold (a part over "
                        + MAX_UNPACKED_PART_BYTES / (1024 * 1024) + " MB, or an unusually high compression ratio); refused";
            }
            if (message.contains("content type part")) {
                return "not an XLSX workbook: the ZIP package is not an Office document";
            }
            if (message.contains("Strict OOXML")) {
                return "the workbook is saved as Strict Open XML; save it as an ordinary Excel Workbook (.xlsx)";
            }
        }
        return "the XLSX file is damaged or truncated (" + oneLine(e) + ")";
    }

    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.replaceAll("\\s+", " ").trim();
        return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }
}
