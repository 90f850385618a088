package org.tadworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;

/**
 * {@code tad spec ingest} and {@code tad spec clauses} as a drafter types them on the reference workspace: a version
 * read in lands in specs/&lt;doc&gt;/&lt;version&gt;/clauses.yaml and specs.yaml, lints clean, and lists back; a file that
 * cannot be ingested is refused with its reason and leaves every file as it was.
 */
class SpecIngestCommandTests {

    private static final String DUIS_NEXT = """
            # 1 Introduction

            ## 1.1 Purpose

            This stands in for a user interface specification.

            ## 1.4 Variation of requirements in relation to SMETS1 Devices

            ### 1.4.2 Service requests not available for SMETS1 Devices

            The central system shall not offer Service Reference Variant 8.13 for SMETS1 Devices.

            | SRV | SMETS1 |
            |---|---|
            | 8.13 | not offered |

            # 2 Service requests
            """;

    @TempDir
    Path tmp;

    Path ws;

    @BeforeEach
    void copyReference() throws IOException {
        ws = TestWorkspaces.copyOfReference(tmp.resolve("ws"));
    }

    @Test
    void aNewVersionIsReadInAddedToTheRegisterListedBackAndLintsClean() throws IOException {
        Path file = Files.writeString(tmp.resolve("duis-3.1.md"), DUIS_NEXT);

        CliRun ingest = CliRun.of("spec", "ingest", ws.toString(), file.toString(), "--doc", "DUIS", "--version", "3.1", "--json");

        assertThat(ingest.exitCode()).as(ingest.all()).isZero();
        assertThat(ingest.out()).contains("\"clauses\" : 5", "\"tables\" : 1", "\"addedVersion\" : true",
                "specs/DUIS/3.1/clauses.yaml", "specs.yaml");
        String clausesFile = Files.readString(ws.resolve("specs/DUIS/3.1/clauses.yaml"));
        assertThat(clausesFile).contains("document: DUIS", "number: \"1.4.2\"", "| 8.13 | not offered |");
        assertThat(Files.readString(ws.resolve("specs.yaml"))).contains("version: \"3.1\"", "ingested from duis-3.1.md");
        CliRun lint = CliRun.of("lint", ws.toString());
        assertThat(lint.exitCode()).as(lint.all()).isZero();

        CliRun clauses = CliRun.of("spec", "clauses", ws.toString(), "DUIS:3.1", "--json");
        assertThat(clauses.exitCode()).as(clauses.all()).isZero();
        assertThat(clauses.out()).contains("\"number\" : \"1.4.2\"", "\"title\" : \"Service requests not available for SMETS1 Devices\"",
                "\"level\" : 3");
        CliRun tree = CliRun.of("spec", "clauses", ws.toString(), "DUIS:3.1");
        assertThat(tree.out()).contains("\n    1.4.2 Service requests not available for SMETS1 Devices\n");
    }

    @Test
    void aDocumentTheRegisterDidNotKnowIsAddedAsADraftWithANoteAskingForItsDetails() throws IOException {
        Path file = Files.writeString(tmp.resolve("quic.md"), "# Introduction\n\nQUIC is a transport.\n\n# Streams\n\nStreams carry data.\n");

        CliRun ingest = CliRun.of("spec", "ingest", ws.toString(), file.toString(), "--doc", "QUIC", "--version", "29");

        assertThat(ingest.exitCode()).as(ingest.all()).isZero();
        assertThat(ingest.out()).contains("QUIC added to specs.yaml");
        assertThat(Files.readString(ws.resolve("specs.yaml"))).contains("id: QUIC", "kind: supporting-document",
                "give it its title, kind and designation", "status: draft");
        CliRun lint = CliRun.of("lint", ws.toString());
        assertThat(lint.exitCode()).as(lint.all()).isZero();
        assertThat(CliRun.of("spec", "clauses", ws.toString(), "QUIC:29").out()).contains("1 Introduction", "2 Streams");
    }

    @Test
    void ingestingTheSameVersionAgainReplacesItsClausesAndLeavesTheRegisterAlone() throws IOException {
        Path file = Files.writeString(tmp.resolve("duis.md"), DUIS_NEXT);
        assertThat(CliRun.of("spec", "ingest", ws.toString(), file.toString(), "--doc", "DUIS", "--version", "3.1").exitCode()).isZero();
        String register = Files.readString(ws.resolve("specs.yaml"));
        Files.writeString(file, DUIS_NEXT.replace("## 1.1 Purpose", "## 1.1 Aim"));

        CliRun again = CliRun.of("spec", "ingest", ws.toString(), file.toString(), "--doc", "DUIS", "--version", "3.1");

        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).startsWith("replaced DUIS 3.1");
        assertThat(Files.readString(ws.resolve("specs.yaml"))).isEqualTo(register);
        assertThat(Files.readString(ws.resolve("specs/DUIS/3.1/clauses.yaml"))).contains("title: Aim").doesNotContain("Purpose");
    }

    @Test
    void aFileOfNoKnownFormatIsRefusedNamingItAndNothingIsWritten() throws IOException {
        Map<String, String> before = files(ws);
        Path file = Files.writeString(tmp.resolve("duis.rtf"), "{\\rtf1 text}");

        CliRun run = CliRun.of("spec", "ingest", ws.toString(), file.toString(), "--doc", "DUIS", "--version", "3.1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("duis.rtf", "format", "nothing written");
        assertThat(files(ws)).isEqualTo(before);
    }

    @Test
    void aFileOverFiftyMegabytesIsRefusedBeforeReading() throws IOException {
        Map<String, String> before = files(ws);
        Path file = tmp.resolve("huge.md");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(51L * 1024 * 1024);
        }

        CliRun run = CliRun.of("spec", "ingest", ws.toString(), file.toString(), "--doc", "DUIS", "--version", "3.1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("huge.md", "over the limit of 50 MB");
        assertThat(files(ws)).isEqualTo(before);
    }

    @Test
    void aDocumentIdThatCannotNameAFolderIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("duis.md"), DUIS_NEXT);

        CliRun run = CliRun.of("spec", "ingest", ws.toString(), file.toString(), "--doc", "../escape", "--version", "3.1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("'../escape' cannot name a folder");
        assertThat(Files.exists(tmp.resolve("escape"))).isFalse();
    }

    @Test
    void usageMistakesExitTwo() throws IOException {
        Path file = Files.writeString(tmp.resolve("duis.md"), DUIS_NEXT);

        assertThat(CliRun.of("spec", "ingest", ws.toString(), file.toString(), "--doc", "DUIS").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("spec", "ingest", ws.toString(), file.toString(), "--doc", "DUIS", "--version", "3.1",
                "--format", "rtf").exitCode()).isEqualTo(2);
        CliRun badRef = CliRun.of("spec", "clauses", ws.toString(), "DUIS-3.1");
        assertThat(badRef.exitCode()).isEqualTo(2);
        assertThat(badRef.err()).contains("DOCUMENT:VERSION");
    }

    @Test
    void listingAVersionNeverIngestedSaysSo() {
        CliRun run = CliRun.of("spec", "clauses", ws.toString(), "DUIS:3.0d3");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("DUIS:3.0d3 has not been ingested", "tad spec ingest");
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
