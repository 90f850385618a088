package org.tadworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tadworkbench.word.WordFixtures.deleted;
import static org.tadworkbench.word.WordFixtures.inserted;
import static org.tadworkbench.word.WordFixtures.paragraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.word.WordFixtures;

/**
 * {@code tad docx import} as someone bringing a TAD kept in Word into the workbench types it: sections numbered as
 * Word shows them, the version from the title page, a workspace that lints and comes out the same every time; an
 * earlier version's Word copy kept as that version's text; a file that is not a Word document refused with nothing
 * written.
 */
class DocxImportCommandTests {

    @TempDir
    Path tmp;

    /** A small TAD: a title page with its version, numbered headings, an appendix, a table and a tracked change. */
    private Path tad() throws IOException {
        XWPFDocument doc = WordFixtures.specification();
        paragraph(doc, null, "Technical Architecture Document");
        paragraph(doc, null, "Version 2.1");
        paragraph(doc, "Heading1", "Introduction");
        paragraph(doc, null, "The TAD describes the architecture.");
        paragraph(doc, "Heading2", "Purpose");
        var changed = paragraph(doc, null, "It serves ");
        inserted(changed, "drafters");
        deleted(changed, "nobody");
        paragraph(doc, "Heading1", "Components");
        XWPFTable table = doc.createTable(2, 2);
        table.getRow(0).getCell(0).setText("Component");
        table.getRow(0).getCell(1).setText("Role");
        table.getRow(1).getCell(0).setText("ACB");
        table.getRow(1).getCell(1).setText("Signs commands");
        paragraph(doc, "Heading2", "Hub");
        paragraph(doc, "Heading3", "Joining");
        paragraph(doc, null, "Devices join the hub.");
        paragraph(doc, "AppendixHeading1", "Examples");
        paragraph(doc, null, "An example.");
        return WordFixtures.save(doc, tmp.resolve("tad.docx"));
    }

    @Test
    void aWordTadBecomesAWorkspaceNumberedAsWordShowsItThatLintsAndComesOutTheSameEveryTime() throws IOException {
        Path file = tad();
        Path ws = tmp.resolve("ws");

        CliRun run = CliRun.of("docx", "import", file.toString(), "--out", ws.toString(), "--json");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("\"sections\" : 6", "\"tables\" : 1", "\"trackedChanges\" : 2", "\"unmapped\"");
        assertThat(files(ws).keySet()).contains("workspace.yaml", "sections/1-introduction.md", "sections/1.1-purpose.md",
                "sections/2-components.md", "sections/2.1-hub.md", "sections/2.1.1-joining.md");
        // "Appendix A." is no section number the workspace takes: the appendix is numbered in order, and the report says so.
        assertThat(files(ws)).containsKey("sections/3-examples.md");
        assertThat(run.out()).contains("numbered in order");
        assertThat(files(ws).get("workspace.yaml")).contains("title: Technical Architecture Document", "version: \"2.1\"",
                "status: draft");
        assertThat(files(ws).get("sections/1.1-purpose.md")).contains("It serves drafters").doesNotContain("nobody");
        assertThat(files(ws).get("sections/2-components.md")).contains("| ACB | Signs commands |");
        CliRun lint = CliRun.of("lint", ws.toString());
        assertThat(lint.exitCode()).as(lint.all()).isZero();

        Path again = tmp.resolve("again");
        assertThat(CliRun.of("docx", "import", file.toString(), "--out", again.toString()).exitCode()).isZero();
        assertThat(files(again)).isEqualTo(files(ws));
    }

    @Test
    void rejectingTrackedChangesKeepsTheTextAsItWasBeforeThem() throws IOException {
        Path ws = tmp.resolve("ws");

        CliRun run = CliRun.of("docx", "import", tad().toString(), "--out", ws.toString(), "--changes", "reject");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(files(ws).get("sections/1.1-purpose.md")).contains("It serves nobody").doesNotContain("drafters");
    }

    @Test
    void aFileThatIsNotWordIsRefusedAndNothingIsWritten() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.docx"), "just some text");
        Path ws = tmp.resolve("ws");

        CliRun run = CliRun.of("docx", "import", file.toString(), "--out", ws.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("notes.docx", "not a Word .docx file", "nothing written");
        assertThat(ws).doesNotExist();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("notes.docx");
        }
    }

    @Test
    void anExistingWorkspaceIsNotImportedOver() throws IOException {
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        Files.writeString(ws.resolve("workspace.yaml"), "kept");

        CliRun run = CliRun.of("docx", "import", tad().toString(), "--out", ws.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("not an empty folder");
        assertThat(Files.readString(ws.resolve("workspace.yaml"))).isEqualTo("kept");
    }

    @Test
    void anEarlierVersionsWordCopyBecomesThatVersionsTextBesideTheDraft() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp.resolve("ws"));
        String draftIntroduction = Files.readString(ws.resolve("sections/1-introduction.md"));

        CliRun run = CliRun.of("docx", "import", tad().toString(), "--into", ws.toString(), "--as-version", "2.0");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Files.readString(ws.resolve("versions/2.0/sections/2.1.1-joining.md"))).contains("Devices join the hub.");
        assertThat(Files.readString(ws.resolve("sections/1-introduction.md"))).isEqualTo(draftIntroduction);
        CliRun lint = CliRun.of("lint", ws.toString());
        assertThat(lint.exitCode()).as(lint.all()).isZero();

        CliRun refused = CliRun.of("docx", "import", tad().toString(), "--into", ws.toString(), "--as-version", "3.0");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("not earlier than the version being drafted");
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return files;
    }
}
