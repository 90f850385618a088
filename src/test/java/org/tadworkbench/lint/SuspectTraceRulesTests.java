package org.tadworkbench.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.SpecVersions;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.workspace.Finding;

/**
 * tad lint on the reference workspace once DUIS versions have been ingested: traces, impact rows and variations citing
 * DUIS 3.0d3 §1.4.2 become suspect when 3.1 rewords it, each a warning at the line of its clause.
 */
class SuspectTraceRulesTests {

    @TempDir
    Path tmp;

    @Test
    void onlyTheBaselinedVersionIngestedMakesNothingSuspect() throws IOException {
        Path ws = SpecVersions.referenceWith(tmp, SpecVersions.baseline());

        LintReport report = new WorkspaceLinter().lint(ws);

        assertThat(report.errors()).as(String.valueOf(report.findings())).isZero();
        assertThat(suspect(report)).isEmpty();
    }

    @Test
    void aRewordedClauseMakesEachCitationOfItSuspectAtItsClauseLine() throws IOException {
        Path ws = SpecVersions.referenceWith(tmp, SpecVersions.baseline(), SpecVersions.revision());

        LintReport report = new WorkspaceLinter().lint(ws);

        assertThat(report.errors()).as(String.valueOf(report.findings())).isZero();
        List<Finding> suspect = suspect(report);
        assertThat(suspect).extracting(Finding::message).contains(
                "trace of section 4.2.1.7 to DUIS 3.0d3 §1.4.2 is suspect: DUIS 3.1 rewords it (now 1.4.2)",
                "trace of section 4.2.1.8 to DUIS 3.0d3 §1.4.2 is suspect: DUIS 3.1 rewords it (now 1.4.2)");
        assertThat(suspect).allSatisfy(f -> {
            assertThat(f.isError()).isFalse();
            assertThat(f.message()).contains("1.4.2").doesNotContain("§1.4 ");
            assertThat(lineOf(ws, f)).contains("clause: \"1.4.2\"");
        });
        // Each kind of citation is checked: traces, the release's assessment rows, and the model's variations
        // (which name no version: they are read against DUIS 3.0d3, the version baselined for the current release).
        assertThat(suspect).extracting(Finding::file).contains("traces.yaml", "releases/smets1-services/impacts.yaml",
                "model/variations.yaml");
        assertThat(suspect).filteredOn(f -> f.file().equals("model/variations.yaml")).first()
                .satisfies(f -> assertThat(f.message()).startsWith("variation V01 of srv-8-13 to DUIS §1.4.2 (read as 3.0d3"));
    }

    @Test
    void aCitationOfAVersionWithoutTextOrOfTheNewestIsNotSuspect() throws IOException {
        // 3.0d3 is not ingested here, so nothing can be said about what cites it; and 3.2 is the newest.
        ClauseTree v31 = SpecVersions.revision();
        ClauseTree v32 = new ClauseTree("DUIS", "3.2", null, v31.clauses().subList(0, 3));
        Path ws = SpecVersions.referenceWith(tmp, v31, v32);
        Files.writeString(ws.resolve("traces.yaml"), Files.readString(ws.resolve("traces.yaml")) + """
                  - section: "2.1"
                    document: DUIS
                    version: "3.2"
                    clause: "1.1"
                    kind: describes
                """);

        LintReport report = new WorkspaceLinter().lint(ws);

        assertThat(report.errors()).isZero();
        assertThat(suspect(report)).isEmpty();
    }

    private static List<Finding> suspect(LintReport report) {
        return report.findings().stream().filter(f -> f.code().equals("suspect-trace")).toList();
    }

    private static String lineOf(Path ws, Finding finding) {
        try {
            return Files.readAllLines(ws.resolve(finding.file())).get(finding.line() - 1);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
