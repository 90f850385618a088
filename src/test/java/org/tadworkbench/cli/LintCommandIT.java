package org.tadworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tadworkbench.TestWorkspaces;
import tools.jackson.databind.json.JsonMapper;

/** {@code tad lint} through the real command line: what a user sees for good and bad workspaces. */
class LintCommandIT {

    @TempDir
    Path tmp;

    @Test
    void referenceWorkspaceIsCleanAndWarnsOnlyOfThePidsTitleSlipsAndUnknownSpecificationVersions() {
        CliRun run = CliRun.of("lint", TestWorkspaces.REFERENCE.toString(), "--json");

        assertThat(run.exitCode()).isZero();
        Map<?, ?> json = JsonMapper.builder().build().readValue(run.out(), Map.class);
        assertThat(json.get("errors")).isEqualTo(0);
        List<?> findings = (List<?>) json.get("findings");
        // The PID's own slips in section titles, and the Technical Code Specifications whose version for a release
        // the register does not know (the PID gives versions only for the SMETS1 Services Release's drafts).
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(((Map<?, ?>) f).get("code"))
                .isIn("title-mismatch", "code-spec-not-baselined"));
        assertThat(run.out()).contains("4.2.1.2").contains("Electricity Smart Metering equipment")
                .contains("Technical Code Specification SMKI-COCO has no version in release smets1-services")
                .contains("Technical Code Specification CHTS has no version in release smets1-services");
    }

    @Test
    void brokenYamlGivesFileAndLineWithoutStackTrace() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Files.writeString(ws.resolve("workspace.yaml"), "\nbroken: [unclosed\n  - : :\n", StandardOpenOption.APPEND);

        CliRun run = CliRun.of("lint", ws.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.all()).containsPattern("workspace\\.yaml:\\d+: error: malformed YAML").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unknownSectionInAnImpactRowIsAnErrorAtItsLine() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        int line = replaceLine(ws.resolve("releases/smets1-services/impacts.yaml"), "    section: \"4.2.3.1\"", "    section: \"9.9.9\"");

        CliRun run = CliRun.of("lint", ws.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("impacts.yaml:" + line + ": error: row A23 names section 9.9.9");
    }

    @Test
    void tracesToUnknownDocumentsOrVersionsAreErrorsAtTheirLines() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        int document = replaceLine(ws.resolve("traces.yaml"), "    document: S1SR", "    document: NO-SUCH-SPEC");
        int version = replaceLine(ws.resolve("traces.yaml"), "    version: \"3.0d3\"", "    version: \"99.9\"");

        CliRun run = CliRun.of("lint", ws.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("traces.yaml:" + document + ": error: trace to document 'NO-SUCH-SPEC', which is not in specs.yaml")
                .contains("traces.yaml:" + version + ": error: trace to DUIS version '99.9', which specs.yaml does not list");
    }

    /** Replaces the first line equal to {@code line}; returns its 1-based number. */
    private static int replaceLine(Path file, String line, String with) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int index = lines.indexOf(line);
        assertThat(index).as(line + " in " + file).isNotNegative();
        lines.set(index, with);
        Files.write(file, lines);
        return index + 1;
    }

    @Test
    void outlineAndTextProblemsAreFound() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Files.writeString(ws.resolve("sections/7.1-orphan.md"), """
                ---
                number: "7.1"
                title: Orphan
                applicability: smets1
                references:
                  - NOPE
                ---

                The bare SMETS term and a link to [nowhere](section:8.8).
                """);
        Files.writeString(ws.resolve("sections/4.2-dup.md"), """
                ---
                number: "4.2"
                title: Dup
                applicability: sometimes
                ---
                """);

        CliRun run = CliRun.of("lint", ws.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("sections/7.1-orphan.md:2: error: section 7.1 has no parent section 7")
                .contains("sections/7.1-orphan.md:5: error: section 7.1 cites reference 'NOPE'")
                .contains("sections/7.1-orphan.md:9: error: link to section 8.8, which does not exist")
                .contains("sections/7.1-orphan.md:9: error: deprecated term 'SMETS': use SMETS2+")
                .contains("sections/4.2-dup.md:4: error: section front matter: applicability 'sometimes' is not one of smets2plus, smets1, both");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no front matter\n", "---\nnumber: \"1\"\n", "---\n---\nbody\n", "---\nnumber: [\n---\n"})
    void malformedSectionFilesAreOneLineErrors(String content) throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Files.writeString(ws.resolve("sections/9-bad.md"), content);

        CliRun run = CliRun.of("lint", ws.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("sections/9-bad\\.md:\\d+: error: ").doesNotContain("Exception");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("lint").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("lint", "x", "--bogus").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(2);
        assertThat(CliRun.of().exitCode()).isEqualTo(2);
        assertThat(CliRun.of("lint", "--help").exitCode()).isZero();
    }

    @Test
    void missingFolderIsAFindingNotACrash() {
        CliRun run = CliRun.of("lint", tmp.resolve("nowhere").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("not a workspace folder");
    }
}
