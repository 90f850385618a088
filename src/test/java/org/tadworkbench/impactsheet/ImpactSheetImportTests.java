package org.tadworkbench.impactsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tadworkbench.impactsheet.SheetFixtures.RELEASE;
import static org.tadworkbench.impactsheet.SheetFixtures.edit;
import static org.tadworkbench.impactsheet.SheetFixtures.rowNumber;
import static org.tadworkbench.impactsheet.SheetFixtures.set;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ImpactStatus;
import org.tadworkbench.impact.ImpactTarget;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceReader;

/** The import's rules, through the module's API: what experts may change, and every way a sheet can be wrong. */
class ImpactSheetImportTests {

    private static final Workspace WS = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace();
    private static final ReleaseImpacts REGISTER = WS.release(RELEASE).orElseThrow();

    private final ImpactSheet sheets = new ImpactSheet();

    @Test
    void anExportReadsBackAsTheSameRegister() throws Exception {
        ImportOutcome outcome = importEdited(sheet -> { });

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.changes()).isEmpty();
        assertThat(outcome.release()).isEqualTo(REGISTER);
    }

    @Test
    void everyEditableFieldIsTakenBack() throws Exception {
        ImportOutcome outcome = importEdited(sheet -> {
            set(sheet, "A20", "Estimate (WD)", 1.5);
            set(sheet, "A20", "Actual (WD)", "0.75");
            set(sheet, "A20", "Realised by", "4.2.1.7@3.0; 4.2.1.8@3.0");
            set(sheet, "A20", "Note", "Checked with\r\nthe DCC.");
            set(sheet, "A20", "Section title as assessed", "Hand Held Terminal");
            set(sheet, "A20", "Required change", "Say HHT commands are SMETS2+ only.");
            set(sheet, "A01", "No impact", "No");
            set(sheet, "A01", "Impacted section", 2.1);
            set(sheet, "A01", "Status", "Identified");
            set(sheet, "A06", "No impact", "Yes");
            set(sheet, "A06", "Impacted section", null);
            set(sheet, "A06", "Status", "no-impact");
        });

        assertThat(outcome.problems()).isEmpty();
        ImpactRow a20 = row(outcome, "A20");
        assertThat(a20.estimate()).isEqualByComparingTo("1.5");
        assertThat(a20.actual()).isEqualByComparingTo("0.75");
        assertThat(a20.realisedBy()).containsExactly("4.2.1.7@3.0", "4.2.1.8@3.0");
        assertThat(a20.note()).isEqualTo("Checked with\nthe DCC.");
        assertThat(a20.sectionTitle()).isEqualTo("Hand Held Terminal");
        assertThat(a20.change()).isEqualTo("Say HHT commands are SMETS2+ only.");
        ImpactRow a01 = row(outcome, "A01");
        assertThat(a01.section()).isEqualTo("2.1");
        assertThat(a01.target()).isEqualTo(ImpactTarget.SECTION);
        assertThat(a01.status()).isEqualTo(ImpactStatus.IDENTIFIED);
        assertThat(row(outcome, "A06").hasImpact()).isFalse();
        assertThat(outcome.changes()).contains("A20: estimate 0.25 -> 1.5", "A20: actual (empty) -> 0.75",
                "A20: realisedBy (empty) -> 4.2.1.7@3.0, 4.2.1.8@3.0", "A01: section none -> 2.1",
                "A01: status no-impact -> identified", "A06: section 2.1 -> none");
        assertThat(outcome.release().impacts()).extracting(ImpactRow::id)
                .containsExactlyElementsOf(REGISTER.impacts().stream().map(ImpactRow::id).toList());
    }

    @Test
    void columnsAreFoundByHeaderSoTheyMayMoveAndContextColumnsMayGo() throws Exception {
        ImportOutcome outcome = importEdited(sheet -> {
            int clauseTitle = SheetFixtures.column(sheet, "Clause title");
            for (Row row : sheet) {
                // Drop a context column by blanking it and its header; add a column of the expert's own.
                row.removeCell(row.getCell(clauseTitle));
                row.createCell(17).setCellValue(row.getRowNum() == 0 ? "Reviewer's remarks" : "looks fine");
            }
            sheet.shiftColumns(SheetFixtures.column(sheet, "Status"), SheetFixtures.column(sheet, "Status"), 7);
            set(sheet, "A20", "Status", "reviewed");
            set(sheet, "A20", "Clause", "9.9 (context: ignored)");
        });

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.changes()).containsExactly("A20: status identified -> reviewed");
    }

    @Test
    void aMissingRequiredColumnIsNamed() throws Exception {
        ImportOutcome outcome = importEdited(sheet -> sheet.getRow(0).getCell(SheetFixtures.column(sheet, "Owner")).setCellValue("Who"));

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.release()).isEqualTo(REGISTER);
        assertThat(outcome.problems()).extracting(SheetProblem::describe)
                .containsExactly("row 1, column Owner: the header has no such column; it is required");
    }

    @Test
    void rowsAreEditedNotAddedRemovedOrRepeated() throws Exception {
        ImportOutcome outcome = importEdited(sheet -> {
            set(sheet, "A05", "Row", "A99");
            set(sheet, "A07", "Row", "A06");
            sheet.removeRow(sheet.getRow(rowNumber(sheet, "A30") - 1));
        });

        assertThat(outcome.problems()).extracting(SheetProblem::describe).containsExactly(
                "row 6, column Row: release smets1-services has no row A99; rows are added in the register, not in the sheet",
                "row 8, column Row: row A06 appears again (first on row 7); keep one",
                "the sheet lacks row(s) A05, A07, A30 of release smets1-services; put them back (rows are removed in the register, "
                        + "not in the sheet)");
    }

    @Test
    void everyBadCellIsReportedAtOnceWithItsRowAndColumn() throws Exception {
        ImportOutcome outcome = importEdited(sheet -> {
            set(sheet, "A20", "Status", "in progress");
            set(sheet, "A20", "Estimate (WD)", -1);
            set(sheet, "A20", "Actual (WD)", "two");
            set(sheet, "A21", "Realised by", "4.2.1.8, 4.2.1.8@9.0, 9.9@3.0");
            set(sheet, "A22", "No impact", "Yes");
            set(sheet, "A23", "No impact", "maybe");
            set(sheet, "A24", "Impacted section", "four");
            set(sheet, "A25", "Required change", " ");
            set(sheet, "A26", "Status", null);
        });

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.changes()).isEmpty();
        assertThat(outcome.problems()).extracting(SheetProblem::describe).containsExactly(
                "row 21, column Status: unknown status 'in progress'; use one of proposed, identified, drafting, drafted, reviewed, accepted, rejected, no-impact",
                "row 21, column Estimate (WD): Working Days cannot be negative (-1)",
                "row 21, column Actual (WD): 'two' is not a number of Working Days (write e.g. 0.5)",
                "row 22, column Realised by: '4.2.1.8' is not SECTION@VERSION (e.g. 4.2.1.7@3.0)",
                "row 22, column Realised by: '4.2.1.8@9.0' names version 9.0, which the document does not have (versions: 1.0, 2.0, 3.0)",
                "row 22, column Realised by: '9.9@3.0' names section 9.9, which is not in the outline",
                "row 23, column Impacted section: No impact is Yes, yet the row names section 4.2.2.1; clear the section or set No impact to No",
                "row 24, column No impact: write Yes or No, not 'maybe'",
                "row 25, column Impacted section: 'four' is not a section number (e.g. 4.2.1.7)",
                "row 26, column Required change: the required change is empty; every row says what changes (or that nothing does)",
                "row 27, column Status: no status; use one of proposed, identified, drafting, drafted, reviewed, accepted, rejected, no-impact");
    }

    private ImportOutcome importEdited(Consumer<XSSFSheet> edits) throws IOException, ImpactSheetException {
        byte[] edited = edit(sheets.xlsx(WS, REGISTER), edits);
        return sheets.importXlsx(WS, RELEASE, new ByteArrayInputStream(edited));
    }

    private static ImpactRow row(ImportOutcome outcome, String id) {
        List<ImpactRow> rows = outcome.release().impacts();
        return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
