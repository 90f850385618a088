package org.tadworkbench.impactsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tadworkbench.impactsheet.SheetFixtures.RELEASE;
import static org.tadworkbench.impactsheet.SheetFixtures.edit;
import static org.tadworkbench.impactsheet.SheetFixtures.rowNumber;
import static org.tadworkbench.impactsheet.SheetFixtures.set;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.cli.CliRun;
import org.tadworkbench.TestWorkspaces;

/**
 * {@code tad impact WS --release R} with --xlsx, --csv and --import-xlsx on a copy of the reference workspace: the
 * round trip an expert makes, and what happens when the sheet comes back wrong or is no sheet at all.
 */
class ImpactSheetCommandTests {

    private static final List<String> STATUS_CODES =
            List.of("proposed", "identified", "drafting", "drafted", "reviewed", "accepted", "rejected", "no-impact");

    @TempDir
    Path tmp;

    private Path ws;
    private Path impactsYaml;

    @BeforeEach
    void copyReferenceWorkspace() throws IOException {
        ws = TestWorkspaces.copyOfReference(tmp);
        impactsYaml = ws.resolve("releases/" + RELEASE + "/impacts.yaml");
    }

    @Test
    void xlsxExportHasOneRowPerImpactRowUnderAFrozenFilteredHeader() throws IOException {
        Path file = tmp.resolve("impacts.xlsx");

        CliRun run = CliRun.of("impact", ws.toString(), "--release", RELEASE, "--xlsx", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("56 rows");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo(RELEASE);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(57);
            assertThat(sheet.getLastRowNum()).isEqualTo(56);
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:Q57");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Row");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(SheetFixtures.text(sheet, "A20", "Status")).isEqualTo("identified");
            assertThat(SheetFixtures.text(sheet, "A20", "Impacted section")).isEqualTo("4.2.1.7");
            assertThat(SheetFixtures.text(sheet, "A01", "No impact")).isEqualTo("Yes");
            assertThat(SheetFixtures.text(sheet, "A01", "Impacted section")).isEmpty();
            int estimate = SheetFixtures.column(sheet, "Estimate (WD)");
            assertThat(sheet.getRow(rowNumber(sheet, "A20") - 1).getCell(estimate).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(SheetFixtures.number(sheet, "A20", "Estimate (WD)")).isEqualByComparingTo("0.25");
            int status = SheetFixtures.column(sheet, "Status");
            List<String> statuses = IntStream.rangeClosed(1, 56).mapToObj(i -> sheet.getRow(i).getCell(status).getStringCellValue()).toList();
            assertThat(statuses).allMatch(STATUS_CODES::contains).filteredOn("no-impact"::equals).hasSize(9);
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).anySatisfy(v -> {
                assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactlyElementsOf(STATUS_CODES);
                assertThat(v.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("L2:L57");
            });
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("SMETS1 Services Release impacts on the TAD");
        }
    }

    @Test
    void csvExportHasAHeaderAndOneRecordPerRowAndParsesBack() throws IOException {
        Path file = tmp.resolve("impacts.csv");

        CliRun run = CliRun.of("impact", ws.toString(), "--release", RELEASE, "--csv", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<List<String>> records = SheetFixtures.parseCsv(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(records).hasSize(57).allSatisfy(record -> assertThat(record).hasSize(17));
        assertThat(records.get(0)).startsWith("Row", "Source document", "Version", "Clause", "Clause title", "Impacted section", "No impact");
        List<String> a20 = records.stream().filter(r -> r.get(0).equals("A20")).findFirst().orElseThrow();
        assertThat(a20.get(5)).isEqualTo("4.2.1.7");
        assertThat(a20.get(10)).isEqualTo("Not supported by SMETS1 as the SRV 8.13 Return Local Command is not available from the DCC for SMETS1.");
        assertThat(a20.get(11)).isEqualTo("identified");
        assertThat(a20.get(13)).isEqualTo("0.25");
    }

    @Test
    void anEditedStatusAndOwnerComeBackAsExactlyThoseTwoLinesOfTheRegister() throws IOException {
        byte[] exported = export();
        Path edited = tmp.resolve("edited.xlsx");
        Files.write(edited, edit(exported, sheet -> {
            set(sheet, "A20", "Status", "drafting");
            set(sheet, "A20", "Owner", "Jane Smith (SECAS)");
        }));
        List<String> before = Files.readAllLines(impactsYaml);

        CliRun run = CliRun.of("impact", ws.toString(), "--release", RELEASE, "--import-xlsx", edited.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("A20: status identified -> drafting", "A20: owner SECAS Technical Expert -> Jane Smith (SECAS)",
                "imported 2 change(s)");
        List<String> after = Files.readAllLines(impactsYaml);
        assertThat(after).hasSameSizeAs(before);
        List<String> changedLines = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changedLines.add(before.get(i).strip() + " => " + after.get(i).strip());
            }
        }
        assertThat(changedLines).containsExactly("status: identified => status: drafting",
                "owner: SECAS Technical Expert => owner: Jane Smith (SECAS)");
        int a20 = before.indexOf("  - id: A20");
        int a21 = before.indexOf("  - id: A21");
        assertThat(IntStream.range(0, before.size()).filter(i -> !before.get(i).equals(after.get(i))))
                .allMatch(i -> i > a20 && i < a21);
        assertThat(CliRun.of("lint", ws.toString()).exitCode()).isZero();
        assertThat(CliRun.of("impact", ws.toString(), "--release", RELEASE).out()).containsPattern("A20 +1\\.4\\.2 +4\\.2\\.1\\.7 +drafting");
    }

    @Test
    void anUnchangedSheetImportsNothingAndLeavesTheRegisterAsItWas() throws IOException {
        Path file = tmp.resolve("same.xlsx");
        Files.write(file, export());
        byte[] before = Files.readAllBytes(impactsYaml);

        CliRun run = CliRun.of("impact", ws.toString(), "--release", RELEASE, "--import-xlsx", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("nothing to import");
        assertThat(Files.readAllBytes(impactsYaml)).isEqualTo(before);
    }

    @Test
    void oneBrokenSectionRefusesTheWholeSheetNamingItsRowAndColumn() throws IOException {
        byte[] exported = export();
        int[] brokenRow = new int[1];
        Path edited = tmp.resolve("broken.xlsx");
        Files.write(edited, edit(exported, sheet -> {
            set(sheet, "A20", "Status", "drafting");
            set(sheet, "A21", "Impacted section", "9.9.9");
            brokenRow[0] = rowNumber(sheet, "A21");
        }));
        byte[] before = Files.readAllBytes(impactsYaml);

        CliRun run = CliRun.of("impact", ws.toString(), "--release", RELEASE, "--import-xlsx", edited.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(brokenRow[0]).isEqualTo(22);
        assertThat(run.err()).contains(edited + " row 22, column Impacted section: section 9.9.9 is not in the outline")
                .contains("nothing imported");
        assertThat(run.out()).doesNotContain("A20");
        assertThat(Files.readAllBytes(impactsYaml)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedInOneLine() throws IOException {
        Path notXlsx = Path.of("src/test/resources/impactsheet/not-a-workbook.xlsx");
        byte[] before = Files.readAllBytes(impactsYaml);

        CliRun run = CliRun.of("impact", ws.toString(), "--release", RELEASE, "--import-xlsx", notXlsx.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly("tad: " + notXlsx + ": not an XLSX workbook (an .xlsx file is a ZIP package; "
                + "this is not one); nothing imported");
        assertThat(Files.readAllBytes(impactsYaml)).isEqualTo(before);
    }

    @Test
    void aTruncatedWorkbookIsRefusedInOneLine() throws IOException {
        byte[] exported = export();
        Path truncated = tmp.resolve("truncated.xlsx");
        Files.write(truncated, Arrays.copyOf(exported, exported.length / 2));
        byte[] before = Files.readAllBytes(impactsYaml);

        CliRun run = CliRun.of("impact", ws.toString(), "--release", RELEASE, "--import-xlsx", truncated.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("tad: " + truncated + ": the XLSX file is damaged or truncated").endsWith("; nothing imported")
                .doesNotContain("Exception", "\tat ");
        assertThat(Files.readAllBytes(impactsYaml)).isEqualTo(before);
    }

    @Test
    void sheetOptionsNeedAReleaseAndImportStandsAlone() {
        assertThat(CliRun.of("impact", ws.toString(), "--coverage", "--xlsx", tmp.resolve("a.xlsx").toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("impact", ws.toString(), "--csv", tmp.resolve("a.csv").toString()).exitCode()).isEqualTo(2);
        CliRun both = CliRun.of("impact", ws.toString(), "--release", RELEASE, "--xlsx", tmp.resolve("a.xlsx").toString(),
                "--import-xlsx", tmp.resolve("b.xlsx").toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--import-xlsx cannot be combined");
        assertThat(Files.exists(tmp.resolve("a.xlsx"))).isFalse();
    }

    @Test
    void plainReleaseListingIsUnchanged() {
        CliRun run = CliRun.of("impact", ws.toString(), "--release", RELEASE);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("SMETS1 Services Release impacts on the TAD (smets1-services): 56 rows");
    }

    private byte[] export() throws IOException {
        Path file = tmp.resolve("export.xlsx");
        CliRun run = CliRun.of("impact", ws.toString(), "--release", RELEASE, "--xlsx", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        byte[] bytes = Files.readAllBytes(file);
        // Sanity: it reopens, so edits below start from a valid workbook.
        try (XSSFWorkbook ignored = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return bytes;
        }
    }
}
