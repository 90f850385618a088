package org.tadworkbench.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.cli.CliRun;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.cli.Main;
import org.tadworkbench.document.DocumentReference;
import org.tadworkbench.workspace.WorkspaceReader;

/** {@code tad build} on the reference workspace: the static site, the PDF, reproducibility and the build checks. */
class PublishBuildTests {

    private static final String MARKING = "This document has a Classification of White";

    @TempDir
    static Path shared;
    static Path site;
    static Map<String, String> workspaceBefore;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildReference() throws IOException {
        workspaceBefore = hashes(TestWorkspaces.REFERENCE);
        site = shared.resolve("site");
        CliRun run = CliRun.of("build", TestWorkspaces.REFERENCE.toString(), "--out", site.toString(), "--format", "html,pdf");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void htmlSiteIsSelfContainedWithAnchorsAndInlineFigures() throws IOException {
        String html = Files.readString(site.resolve("index.html"));
        assertThat(site.resolve("tad.css")).exists();
        List<String> allowed = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace().references().stream()
                .map(DocumentReference::url).filter(u -> u != null).toList();
        Matcher external = Pattern.compile("(?:src|href)\\s*=\\s*\"(https?:[^\"]*)\"", Pattern.CASE_INSENSITIVE).matcher(html);
        while (external.find()) {
            assertThat(allowed).as("outside reference " + external.group(1)).contains(external.group(1));
        }
        assertThat(html).doesNotContainPattern("(?i)src\\s*=\\s*\"//").doesNotContain("<?xml")
                .contains("<section id=\"sec-4-2-1-7\"", "<h4><span class=\"number\">4.2.1.7</span> Hand Held Terminal (HHT)")
                .contains("href=\"#sec-4-2-6\"", "href=\"#sec-4-2\"", "id=\"term-smets2\"", "href=\"#term-smets2\"")
                .contains("<figure id=\"fig-application-model\"", "<figcaption>Figure 4.2 Application Model</figcaption>")
                .contains("<caption>Table 3.3: Definitions of the domains and parties</caption>",
                        "<caption>Table 4.1.3: Business functions relating to Smart Metering Equipment</caption>",
                        "<caption>Table 4.4.1: Key entities and attributes</caption>", "<th scope=\"col\">Entity</th>")
                .contains("<td>3.0</td><td>Draft</td><td class=\"date\">2019-03-12</td>", MARKING);
        assertThat(Pattern.compile("<svg\\b").matcher(html).results().count()).isGreaterThanOrEqualTo(5);
        assertThat(html).doesNotContain("href=\"section:").doesNotContain("(view:").doesNotContain("src=\"view:");
    }

    @Test
    void aDiagramEmbeddedTwiceIsStoredOnceAndEveryIdOnThePageIsUnique() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Path section = ws.resolve("sections/4.2.1-smart-metering-devices.md");
        Files.writeString(section, Files.readString(section) + "\n![Figure 4.2 again](view:application-model)\n");
        Path out = tmp.resolve("twice");
        CliRun run = CliRun.of("build", ws.toString(), "--out", out.toString(), "--format", "html");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out.resolve("index.html"));

        assertThat(Pattern.compile("<symbol id=\"diagram-application-model\"").matcher(html).results().count()).isEqualTo(1);
        assertThat(Pattern.compile("<use href=\"#diagram-application-model\"/>").matcher(html).results().count()).isEqualTo(2);
        assertThat(html).contains("<figure id=\"fig-application-model\"", "<figure id=\"fig-application-model-2\"");
        List<String> ids = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(html).results().map(m -> m.group(1)).toList();
        assertThat(ids).doesNotHaveDuplicates();
        Pattern.compile("<use href=\"#([^\"]+)\"").matcher(html).results()
                .forEach(use -> assertThat(ids).as("target of a <use>").contains(use.group(1)));
    }

    @Test
    void pdfCarriesMarkingAndPageNumbersOnEveryPageAndAContentsWithPageNumbers() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(site.resolve("tad-3.0.pdf").toFile())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(10);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf).replace("\uFB01", "fi");
                assertThat(text).as("page " + page).contains(MARKING)
                        .contains("Page " + page + " of " + pages);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(4);
            String front = stripper.getText(pdf);
            assertThat(front).contains("Contents", "Version history", "TABASC");
            assertThat(front).containsPattern("4\\.2\\s*Application Model[ .]*\\d+");
            assertThat(pdf.getDocumentInformation().getProducer()).isEqualTo("TAD Workbench");
            assertThat(pdf.getDocumentInformation().getCreationDate().get(Calendar.YEAR)).isEqualTo(2019);
        }
    }

    @Test
    void rebuildIsByteIdenticalAndLeavesTheWorkspaceAlone() throws IOException {
        Path again = tmp.resolve("again");
        CliRun run = CliRun.of("build", TestWorkspaces.REFERENCE.toString(), "--out", again.toString(), "--format", "html,pdf");
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String file : List.of("index.html", "tad.css", "tad-3.0.pdf", "build-report.txt")) {
            assertThat(Files.readAllBytes(again.resolve(file))).as(file).isEqualTo(Files.readAllBytes(site.resolve(file)));
        }
        assertThat(hashes(TestWorkspaces.REFERENCE)).isEqualTo(workspaceBefore);
        assertThat(Files.readString(again.resolve("build-report.txt"))).contains("0 error(s)", "index.html", "sha256:");
    }

    @Test
    void aDeprecatedTermStopsTheBuildWithItsPlaceAndTheTermToUse() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Path section = ws.resolve("sections/2.1-background.md");
        Files.writeString(section, Files.readString(section) + "\nThis applies to all SMETS meters.\n");
        int line = Files.readAllLines(section).size();
        Path out = tmp.resolve("out");

        CliRun run = CliRun.of("build", ws.toString(), "--out", out.toString(), "--format", "html");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("sections/2.1-background.md:" + line + ": error: deprecated term 'SMETS': use SMETS2+");
        assertThat(out.resolve("index.html")).doesNotExist();
    }

    @Test
    void aDeprecatedTermInATableCellStopsTheBuildAtItsLine() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Path section = ws.resolve("sections/2.1-background.md");
        String before = Files.readString(section);
        Files.writeString(section, before + "\nTable 2.1: Meters\n\n| Meter | Kind |\n|---|---|\n| ESME | SMETS meter |\n");
        int line = (int) (before + "\nTable 2.1: Meters\n\n| Meter | Kind |\n|---|---|\n").lines().count() + 1;

        CliRun run = CliRun.of("build", ws.toString(), "--out", tmp.resolve("out").toString(), "--format", "html");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("sections/2.1-background.md:" + line + ": error: deprecated term 'SMETS': use SMETS2+");
    }

    @Test
    void anAllowedPhraseAndAWarningTermDoNotStopTheBuild() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Path section = ws.resolve("sections/2.1-background.md");
        Files.writeString(section, Files.readString(section) + "\nThe SMETS family of specifications.\n");

        CliRun run = CliRun.of("build", ws.toString(), "--out", tmp.resolve("out").toString(), "--format", "html");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("deprecated term");
    }

    @Test
    void aFigureWithoutCaptionOrABrokenSectionLinkStopsTheBuild() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Path section = ws.resolve("sections/4.2-application-model.md");
        Files.writeString(section, Files.readString(section).replace("![Figure 4.2 Application Model]", "![]")
                + "\nSee [9.9](section:9.9).\n");

        CliRun run = CliRun.of("build", ws.toString(), "--out", tmp.resolve("out").toString(), "--format", "html");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("4.2-application-model.md:", "error: figure of view application-model has no caption")
                .contains("error: link to section 9.9, which does not exist");
    }

    @Test
    void watchRebuildsTheSiteWhenASectionChangesAndKeepsTheLastGoodOneWhenChecksFail() throws Exception {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Path out = tmp.resolve("watched");
        Path index = out.resolve("index.html");
        Path section = ws.resolve("sections/4.2-application-model.md");
        String original = Files.readString(section);
        StringWriter err = new StringWriter();
        Thread watcher = new Thread(() -> Main.run(new String[] {"build", ws.toString(), "--out", out.toString(),
                "--format", "html", "--watch"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)));
        watcher.start();
        try {
            await(() -> err.toString().contains("watching"));
            Files.writeString(section, original + "\nA sentence added while the build watches.\n");
            // The report line follows the written files: wait for it rather than race the watcher.
            await(() -> err.toString().contains("rebuilt"));
            assertThat(Files.readString(index)).contains("A sentence added while the build watches.");
            assertThat(err.toString()).containsPattern("rebuilt .* in \\d+ ms after changes to sections/4.2-application-model.md");

            Files.writeString(section, original + "\nSee [9.9](section:9.9).\n");
            await(() -> err.toString().contains("checks failed"));
            assertThat(err.toString()).contains("error: link to section 9.9, which does not exist");
            assertThat(Files.readString(index)).contains("A sentence added while the build watches.");
        } finally {
            watcher.interrupt();
            watcher.join(10_000);
        }
    }

    private interface Condition {
        boolean holds() throws IOException;
    }

    /** Waits for something another thread does; the limit only stops a broken build from hanging the suite. */
    private static void await(Condition condition) throws Exception {
        for (long end = System.nanoTime() + 120_000_000_000L; System.nanoTime() < end; Thread.sleep(50)) {
            try {
                if (condition.holds()) {
                    return;
                }
            } catch (java.nio.file.NoSuchFileException notYet) {
                // the first build has not written it yet
            }
        }
        throw new AssertionError("condition not met within two minutes");
    }

    @Test
    void theSmets1VariantLeavesOutSmets2PlusOnlySections() throws IOException {
        CliRun run = CliRun.of("build", TestWorkspaces.REFERENCE.toString(), "--out", tmp.toString(), "--variant", "smets1",
                "--format", "html", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(tmp.resolve("smets1/index.html"));
        assertThat(html).doesNotContain("id=\"sec-4-2-1-7\"").contains("id=\"sec-4-2-6\"", "Variant: SMETS1 only");
        assertThat(Files.readString(site.resolve("index.html"))).contains("id=\"sec-4-2-1-7\"");
        assertThat(tmp.resolve("smets1/build-report.json")).exists();
        assertThat(run.out()).contains("\"variant\" : \"smets1\"");
    }

    @Test
    void usageErrorsExitTwoAndTheWorkspaceIsNeverAnOutput() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        assertThat(CliRun.of("build", ws.toString(), "--out", tmp.resolve("o").toString(), "--variant", "smets3").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("build", ws.toString(), "--out", tmp.resolve("o").toString(), "--format", "rtf").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("build", ws.toString(), "--out", tmp.resolve("o").toString(), "--version", "9.9").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("build", ws.toString(), "--out", ws.resolve("site").toString()).exitCode()).isEqualTo(2);
        assertThat(ws.resolve("site")).doesNotExist();
    }

    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
