package org.tadworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.impactsheet.Spreadsheet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code tad spec diff}: two ingested versions of a specification compared as a user runs it. */
class SpecDiffCommandTests {

    @TempDir
    Path tmp;

    Path ws;

    @BeforeEach
    void twoVersionsIngested() throws IOException {
        ws = TestWorkspaces.copyOfReference(tmp);
        ingested("1.2d", """
                  - number: "1"
                    title: Scope
                    level: 1
                    text: This appendix applies to every organisation certificate issued by the authority.
                  - number: "2"
                    title: Key Generation
                    level: 1
                    text: |-
                      The subscriber MUST generate its key pair on a device it controls. See Section 3 for how
                      the request is signed.
                  - number: "3"
                    title: Certificate Requests
                    level: 1
                    text: A request is signed with the new private key and sent over the <authenticated> channel.
                  - number: "4"
                    title: Obsolete Procedures
                    level: 1
                    text: Paper forms are accepted until the end of the transition period.
                """);
        ingested("1.3", """
                  - number: "1"
                    title: Scope
                    level: 1
                    text: This appendix applies to every organisation certificate issued by the authority.
                  - number: "2"
                    title: Definitions
                    level: 1
                    text: A subscriber is an organisation that holds a certificate.
                  - number: "3"
                    title: Key generation
                    level: 1
                    text: |-
                      The subscriber MUST generate its key pair on a device it controls. See Section 4 for how the
                      request is signed.
                  - number: "4"
                    title: Certificate Requests
                    level: 1
                    text: A request is signed with the new private key and sent over the <authenticated> channel <script>x</script>.
                """);
    }

    private void ingested(String version, String clauses) throws IOException {
        Path file = ws.resolve("specs/SEC-B/" + version + "/clauses.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "document: SEC-B\nversion: \"" + version + "\"\norigin: sec-b.docx (docx)\nclauses:\n" + clauses);
    }

    @Test
    void jsonListsEveryClauseWithItsKindFlagsAndTheSummary() {
        CliRun run = CliRun.of("spec", "diff", ws.toString(), "SEC-B:1.2d", "SEC-B:1.3", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        JsonNode changes = json.get("changes");
        assertThat(changes).hasSize(5);
        assertThat(changes.get(0).get("kind").asString()).isEqualTo("unchanged");
        JsonNode added = changes.get(1);
        assertThat(added.get("kind").asString()).isEqualTo("added");
        assertThat(added.get("from").isNull()).isTrue();
        assertThat(added.get("to").get("title").asString()).isEqualTo("Definitions");
        // Title in lower case and the reference following its clause from 3 to 4: cosmetic, renumbered.
        JsonNode keys = changes.get(2);
        assertThat(keys.get("kind").asString()).isEqualTo("cosmetic");
        assertThat(keys.get("renumbered").asBoolean()).isTrue();
        assertThat(keys.get("moved").asBoolean()).isFalse();
        assertThat(keys.get("from").get("number").asString()).isEqualTo("2");
        assertThat(keys.get("to").get("number").asString()).isEqualTo("3");
        JsonNode requests = changes.get(3);
        assertThat(requests.get("kind").asString()).isEqualTo("reworded");
        assertThat(requests.get("similarity").asDouble()).isBetween(0.5, 0.999);
        assertThat(requests.get("textDiff").toString()).contains("\"op\":\"insert\"");
        JsonNode removed = changes.get(4);
        assertThat(removed.get("kind").asString()).isEqualTo("removed");
        assertThat(removed.get("to").isNull()).isTrue();
        JsonNode summary = json.get("summary");
        assertThat(summary.get("unchanged").asInt()).isEqualTo(1);
        assertThat(summary.get("cosmetic").asInt()).isEqualTo(1);
        assertThat(summary.get("reworded").asInt()).isEqualTo(1);
        assertThat(summary.get("added").asInt()).isEqualTo(1);
        assertThat(summary.get("removed").asInt()).isEqualTo(1);
        assertThat(summary.get("renumbered").asInt()).isEqualTo(2);
        assertThat(summary.get("moved").asInt()).isZero();
    }

    @Test
    void textListsTheSummaryAndEachChange() {
        CliRun run = CliRun.of("spec", "diff", ws.toString(), "SEC-B:1.2d", "SEC-B:1.3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("5 clauses compared: 1 unchanged, 1 cosmetic, 1 reworded, 1 added, 1 removed; 2 renumbered, 0 moved")
                .contains("removed").contains("Obsolete Procedures").doesNotContain("Scope");
    }

    @Test
    void theHtmlReportIsARedlineWithEverythingEscapedAndNoScript() throws IOException {
        Path html = tmp.resolve("out/diff.html");

        CliRun run = CliRun.of("spec", "diff", ws.toString(), "SEC-B:1.2d", "SEC-B:1.3", "--out", html.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String page = Files.readString(html);
        assertThat(page.indexOf("Summary")).isLessThan(page.indexOf("Changed clauses"));
        assertThat(page).contains("<ins><span class=\"vh\">inserted: </span>").contains("&lt;script&gt;")
                .doesNotContain("<script").contains("&lt;authenticated&gt;");
        assertThat(page).contains("Obsolete Procedures").contains("renumbered from 2");
    }

    @Test
    void theSheetHasOneRowPerChange() throws Exception {
        Path xlsx = tmp.resolve("diff.xlsx");

        CliRun run = CliRun.of("spec", "diff", ws.toString(), "SEC-B:1.2d", "SEC-B:1.3", "--out", xlsx.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Spreadsheet.Table table;
        try (InputStream in = Files.newInputStream(xlsx)) {
            table = Spreadsheet.read(in, List.of("Kind", "Renumbered", "Moved", "Old number", "Old title", "New number",
                    "New title", "Similarity", "Word changes"), List.of("Kind"), Spreadsheet.MAX_FILE_BYTES);
        }
        assertThat(table.problems()).isEmpty();
        assertThat(table.rows()).extracting(r -> r.text("Kind")).containsExactly("added", "cosmetic", "reworded", "removed");
        assertThat(table.rows().get(2).text("Word changes")).contains("inserted");
        assertThat(table.rows().get(1).text("Old number")).isEqualTo("2");
        assertThat(table.rows().get(1).text("New number")).isEqualTo("3");
    }

    @Test
    void aVersionNotIngestedIsAFailureAndAMalformedOneAUsageError() {
        CliRun missing = CliRun.of("spec", "diff", ws.toString(), "SEC-B:1.2d", "SEC-B:9.9");
        CliRun malformed = CliRun.of("spec", "diff", ws.toString(), "SEC-B", "SEC-B:1.3");
        CliRun badOut = CliRun.of("spec", "diff", ws.toString(), "SEC-B:1.2d", "SEC-B:1.3", "--out", tmp.resolve("d.pdf").toString());

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("SEC-B:9.9 has not been ingested").contains("1.2d, 1.3");
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).contains("DOCUMENT:VERSION");
        assertThat(badOut.exitCode()).isEqualTo(2);
        assertThat(tmp.resolve("d.pdf")).doesNotExist();
    }
}
