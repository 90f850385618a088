package org.tadworkbench.redline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.cli.CliRun;

/** {@code tad diff}: writes HTML or DOCX, prints a JSON summary, and refuses what it cannot do with the right exit code. */
class DiffCommandTests {

    @TempDir
    static Path tmp;

    static Path ws;

    @BeforeAll
    static void workspace() throws Exception {
        ws = RedlineFixture.workspace(tmp);
    }

    static CliRun tad(String... args) {
        return CliRun.of(args);
    }

    @Test
    void writesHtmlAndDocx() throws Exception {
        Path html = tmp.resolve("out/redline.html");
        CliRun run = tad("diff", ws.toString(), "--from", "2.0", "--to", "3.0", "--out", html.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Redline 2.0 -> 3.0", "5.7", "renumbered from 5.6");
        assertThat(Files.readString(html)).contains("<ins>", "<del>");

        Path docx = tmp.resolve("out/redline.docx");
        assertThat(tad("diff", ws.toString(), "--out", docx.toString()).exitCode()).isZero(); // defaults: live 2.0 -> current 3.0
        byte[] first = Files.readAllBytes(docx);
        assertThat(DocxRedlineTests.entries(first).get("word/document.xml")).contains("<w:ins ", "<w:del ", "<w:delText>");
        assertThat(tad("diff", ws.toString(), "--out", docx.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(docx)).isEqualTo(first);
    }

    @Test
    void jsonPrintsTheSummary() {
        CliRun run = tad("diff", ws.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"from\" : \"2.0\"", "\"to\" : \"3.0\"", "\"renumbered\" : 1", "\"removed\" : 1",
                "\"kind\" : \"moved\"", "\"oldNumber\" : \"4.2.7\"");
    }

    @Test
    void otherOutputKindsAreUsageErrors() {
        CliRun run = tad("diff", ws.toString(), "--out", tmp.resolve("redline.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(".html or .docx");
        assertThat(tad("diff", ws.toString()).exitCode()).isEqualTo(2);
        assertThat(tad("diff", ws.toString(), "--from", "9.9", "--json").exitCode()).isEqualTo(2);
        assertThat(Files.exists(tmp.resolve("redline.pdf"))).isFalse();
    }

    @Test
    void aVersionWithoutTextFails() {
        CliRun run = tad("diff", ws.toString(), "--from", "1.0", "--to", "3.0", "--out", tmp.resolve("x.html").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("version 1.0 has no text");
    }
}
