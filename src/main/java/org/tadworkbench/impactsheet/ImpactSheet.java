package org.tadworkbench.impactsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tadworkbench.document.Section;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.impactsheet.internal.CsvWriter;
import org.tadworkbench.impactsheet.internal.SheetImport;
import org.tadworkbench.impactsheet.internal.WorkbookOpener;
import org.tadworkbench.impactsheet.internal.XlsxWriter;
import org.tadworkbench.workspace.Workspace;

/**
 * A release's impact register as a spreadsheet, for experts who work in Excel or LibreOffice: export as XLSX (one
 * row per impact row, editable columns white, context shaded) or CSV, and import an edited XLSX back. Import is all
 * or nothing and never touches files; the caller writes the returned register.
 */
public final class ImpactSheet {

    /** Largest XLSX file an import reads. */
    public static final int MAX_FILE_BYTES = WorkbookOpener.MAX_FILE_BYTES;

    public byte[] xlsx(Workspace ws, ReleaseImpacts release) {
        return XlsxWriter.write(release, currentTitles(ws));
    }

    /** The CSV without the outline: the "Current section title" column stays empty. */
    public String csv(ReleaseImpacts release) {
        return CsvWriter.write(release, section -> Optional.empty());
    }

    /** The CSV with the outline's current title of each row's section. */
    public String csv(Workspace ws, ReleaseImpacts release) {
        return CsvWriter.write(release, currentTitles(ws));
    }

    /**
     * Reads an edited sheet (the first sheet of an XLSX workbook) against release {@code releaseId} of {@code ws}.
     * Problems in the content come back in the outcome, all of them; a file that is not a readable XLSX workbook
     * throws.
     */
    public ImportOutcome importXlsx(Workspace ws, String releaseId, InputStream in) throws ImpactSheetException {
        ReleaseImpacts release = ws.release(releaseId)
                .orElseThrow(() -> new ImpactSheetException("the workspace has no release '" + releaseId + "'"));
        try (XSSFWorkbook workbook = WorkbookOpener.open(in)) {
            return SheetImport.run(ws, release, workbook);
        } catch (IOException e) {
            // Only closing can fail here, and the workbook was read from memory.
            throw new ImpactSheetException("cannot close the workbook: " + e.getMessage());
        }
    }

    private static Function<String, Optional<String>> currentTitles(Workspace ws) {
        return number -> ws.section(number).map(Section::title);
    }
}
