package org.tadworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.SpecVersions;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ImpactStatus;
import org.tadworkbench.workspace.WorkspaceReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code tad impact --release R --from-diff DUIS:3.0d3..DUIS:3.1} on the reference workspace: a new release's register of
 * proposed rows, drafting again changes nothing, and experts triage it through the XLSX round trip.
 */
class ImpactDraftCommandTests {

    private static final String REGISTER = "releases/next-release/impacts.yaml";

    @TempDir
    Path tmp;

    private Path workspace() throws IOException {
        return SpecVersions.referenceWith(tmp, SpecVersions.baseline(), SpecVersions.revision());
    }

    private static CliRun draft(Path ws, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("impact", ws.toString(), "--release", "next-release",
                "--from-diff", "DUIS:3.0d3..DUIS:3.1"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void draftingCreatesTheReleaseWithProposedRowsThatLintCleanAndDraftingAgainChangesNoByte() throws IOException {
        Path ws = workspace();

        CliRun run = draft(ws, "--title", "Next Release");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("Created " + REGISTER, "reworded 1.4.2 Requests withheld:", "section 4.2.1.7",
                "added 1.4.4 Firmware:", "no impact", "wrote " + REGISTER);
        String register = Files.readString(ws.resolve(REGISTER));
        assertThat(register).contains("status: proposed", "section: \"4.2.1.7\"", "section: \"4.2.1.8\"", "version: \"3.1\"");
        assertThat(Files.readString(ws.resolve("specs.yaml"))).contains("- id: next-release\n    title: Next Release");
        assertThat(register).contains("title: Next Release impacts on the TAD");
        CliRun lint = CliRun.of("lint", ws.toString());
        assertThat(lint.exitCode()).as(lint.all()).isZero();
        assertThat(lint.out()).doesNotContain(REGISTER);

        CliRun again = draft(ws, "--json");

        assertThat(again.exitCode()).as(again.all()).isZero();
        Map<?, ?> report = JsonMapper.builder().build().readValue(again.out(), Map.class);
        assertThat((List<?>) report.get("added")).isEmpty();
        assertThat(report.get("written")).isEqualTo(List.of());
        assertThat(Files.readString(ws.resolve(REGISTER))).isEqualTo(register);
    }

    @Test
    void expertsTriageProposedRowsThroughTheSpreadsheetAndDraftingAgainKeepsTheirDecisions() throws IOException {
        Path ws = workspace();
        draft(ws);
        List<ImpactRow> drafted = rows(ws);
        ImpactRow first = drafted.stream().filter(r -> "4.2.1.7".equals(r.section())).findFirst().orElseThrow();
        ImpactRow second = drafted.stream().filter(r -> "4.2.1.8".equals(r.section())).findFirst().orElseThrow();
        Path xlsx = tmp.resolve("next.xlsx");
        assertThat(CliRun.of("impact", ws.toString(), "--release", "next-release", "--xlsx", xlsx.toString()).exitCode()).isZero();
        edit(xlsx, first.id(), "Status", "identified");
        edit(xlsx, first.id(), "Owner", "SECAS Technical Expert");
        edit(xlsx, second.id(), "Status", "no-impact");
        edit(xlsx, second.id(), "Note", "Not impacted: the section does not list the variants.");

        CliRun imported = CliRun.of("impact", ws.toString(), "--release", "next-release", "--import-xlsx", xlsx.toString());

        assertThat(imported.exitCode()).as(imported.all()).isZero();
        assertThat(imported.out()).contains(first.id() + ": status proposed -> identified", second.id() + ": status proposed -> no-impact");
        CliRun lint = CliRun.of("lint", ws.toString());
        assertThat(lint.exitCode()).as(lint.all()).isZero();
        assertThat(lint.out()).doesNotContain(REGISTER);
        String triaged = Files.readString(ws.resolve(REGISTER));

        CliRun again = draft(ws);

        assertThat(again.out()).contains("0 proposed row(s) added");
        assertThat(Files.readString(ws.resolve(REGISTER))).isEqualTo(triaged);
        assertThat(rows(ws)).filteredOn(r -> r.id().equals(first.id())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ImpactStatus.IDENTIFIED));
    }

    @Test
    void badDiffsAreUsageErrorsAndAVersionWithoutTextWritesNothing() throws IOException {
        Path ws = SpecVersions.referenceWith(tmp, SpecVersions.baseline());
        String ref = ws.toString();

        assertThat(CliRun.of("impact", ref, "--from-diff", "DUIS:3.0d3..DUIS:3.1").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("impact", ref, "--release", "r", "--from-diff", "DUIS:3.0d3").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("impact", ref, "--release", "r", "--from-diff", "DUIS:3.0d3..MMC:3.1").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("impact", ref, "--release", "../r", "--from-diff", "DUIS:3.0d3..3.1").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("impact", ref, "--release", "r", "--from-diff", "DUIS:3.0d3..3.1", "--threshold", "2").exitCode()).isEqualTo(2);
        CliRun missing = CliRun.of("impact", ref, "--release", "next-release", "--from-diff", "DUIS:3.0d3..3.1");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("DUIS:3.1 has not been ingested");
        assertThat(ws.resolve("releases/next-release")).doesNotExist();
    }

    private static List<ImpactRow> rows(Path ws) {
        return new WorkspaceReader().read(ws).workspace().release("next-release").orElseThrow().impacts();
    }

    /** Sets one cell of register row {@code id}, as an expert's spreadsheet program would save it. */
    private static void edit(Path xlsx, String id, String header, String value) throws IOException {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int column = -1;
            for (Cell cell : sheet.getRow(0)) {
                if (header.equals(cell.getStringCellValue())) {
                    column = cell.getColumnIndex();
                }
            }
            for (Row row : sheet) {
                if (id.equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
                    row.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            bytes = out.toByteArray();
        }
        Files.write(xlsx, bytes);
    }
}
