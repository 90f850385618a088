package org.tadworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tadworkbench.TestPictures.png;
import static org.tadworkbench.word.WordFixtures.paragraph;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.word.WordFixtures;

/**
 * Pictures imported from Word as someone keeping the TAD in the workbench meets them: part of the workspace (linted,
 * no "not part of the workspace format" warning) and published as captioned figures in HTML, PDF and DOCX.
 */
class PicturesCommandTests {

    @TempDir
    Path tmp;

    /** A Word TAD with one heading, a paragraph and a picture of its own paragraph with alt text. */
    private Path tadWithPicture() throws IOException {
        XWPFDocument doc = WordFixtures.specification();
        paragraph(doc, "Heading1", "Architecture");
        paragraph(doc, null, "The layers are these.");
        XWPFParagraph p = paragraph(doc, null, null);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png(40, 30)), PictureType.PNG, "layers.png",
                    Units.toEMU(40), Units.toEMU(30));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        p.getRuns().get(0).getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr("Figure 1 The layers");
        return WordFixtures.save(doc, tmp.resolve("tad.docx"));
    }

    private Path importedWorkspace() throws IOException {
        Path ws = tmp.resolve("ws");
        CliRun run = CliRun.of("docx", "import", tadWithPicture().toString(), "--out", ws.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        return ws;
    }

    @Test
    void aPictureFromWordIsPartOfTheWorkspaceAndLintsClean() throws IOException {
        Path ws = importedWorkspace();

        CliRun lint = CliRun.of("lint", ws.toString());

        assertThat(ws.resolve("figures/figure-1.png")).exists();
        assertThat(Files.readString(ws.resolve("sections/1-architecture.md"))).contains("![Figure 1 The layers](figures/figure-1.png)");
        assertThat(lint.exitCode()).as(lint.all()).isZero();
        assertThat(lint.out()).contains("0 error(s), 0 warning(s)").doesNotContain("not part of the workspace format");
    }

    @Test
    void theBuildShowsThePictureWithItsCaptionInEveryFormat() throws IOException {
        Path ws = importedWorkspace();
        Path out = tmp.resolve("site");

        CliRun build = CliRun.of("build", ws.toString(), "--out", out.toString());

        assertThat(build.exitCode()).as(build.all()).isZero();
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).containsPattern("<figure id=\"fig-[^\"]*\" class=\"figure picture\">\\s*<img src=\"data:image/png;base64,"
                + java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(ws.resolve("figures/figure-1.png")))
                + "\" alt=\"Figure 1 The layers\" />\\s*<figcaption>Figure 1 The layers</figcaption>");
        String docx = Files.list(out).map(Path::toString).filter(f -> f.endsWith(".docx")).findFirst().orElseThrow();
        try (ZipFile zip = new ZipFile(docx)) {
            assertThat(zip.stream().map(e -> e.getName()).filter(n -> n.startsWith("word/media/"))).singleElement()
                    .satisfies(name -> assertThat(zip.getInputStream(zip.getEntry(name)).readAllBytes())
                            .isEqualTo(Files.readAllBytes(ws.resolve("figures/figure-1.png"))));
            String body = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(body).contains("descr=\"Figure 1 The layers\"").contains(">Figure 1 The layers<");
        }
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                Files.readAllBytes(Files.list(out).filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow()))) {
            long images = 0;
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(images).isEqualTo(1);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Figure 1 The layers");
        }
    }

    @Test
    void anSvgPictureIsShownInEveryFormat() throws IOException {
        Path ws = importedWorkspace();
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"60\"><rect width=\"120\" height=\"60\" "
                + "fill=\"#336\"/></svg>";
        Files.writeString(ws.resolve("figures/figure-1.svg"), svg);
        Files.delete(ws.resolve("figures/figure-1.png"));
        Path section = ws.resolve("sections/1-architecture.md");
        Files.writeString(section, Files.readString(section).replace("figures/figure-1.png", "figures/figure-1.svg"));

        CliRun build = CliRun.of("build", ws.toString(), "--out", tmp.resolve("site").toString());

        assertThat(build.exitCode()).as(build.all()).isZero();
        assertThat(Files.readString(tmp.resolve("site/index.html"))).contains("<img src=\"data:image/svg+xml;base64,"
                + java.util.Base64.getEncoder().encodeToString(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\"");
        String docx = Files.list(tmp.resolve("site")).map(Path::toString).filter(f -> f.endsWith(".docx")).findFirst().orElseThrow();
        try (ZipFile zip = new ZipFile(docx)) {
            assertThat(zip.stream().map(e -> e.getName()).filter(n -> n.startsWith("word/media/")))
                    .anyMatch(n -> n.endsWith(".svg")).anyMatch(n -> n.endsWith(".png"));
        }
    }

    @Test
    void anEarlierVersionsPicturesLiveInItsOwnFolderAndItsPublicationShowsThem() throws IOException {
        Path ws = org.tadworkbench.TestWorkspaces.copyOfReference(tmp);

        CliRun imported = CliRun.of("docx", "import", tadWithPicture().toString(), "--into", ws.toString(), "--as-version", "1.0");
        CliRun lint = CliRun.of("lint", ws.toString());
        CliRun build = CliRun.of("build", ws.toString(), "--version", "1.0", "--format", "html", "--out", tmp.resolve("site").toString());

        assertThat(imported.exitCode()).as(imported.all()).isZero();
        assertThat(ws.resolve("figures/1.0/figure-1.png")).exists();
        assertThat(Files.readString(ws.resolve("versions/1.0/sections/1-architecture.md")))
                .contains("![Figure 1 The layers](figures/1.0/figure-1.png)");
        assertThat(lint.out()).doesNotContain("figures/");
        assertThat(build.exitCode()).as(build.all()).isZero();
        assertThat(Files.readString(tmp.resolve("site/index.html"))).contains("<img src=\"data:image/png;base64,"
                + java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(ws.resolve("figures/1.0/figure-1.png"))));
    }

    @Test
    void theNextDraftKeepsTheLiveVersionsPicturesAsTheyWere() throws IOException {
        Path ws = importedWorkspace();
        Files.writeString(ws.resolve("workspace.yaml"), Files.readString(ws.resolve("workspace.yaml")).replace("status: draft", "status: live"));
        byte[] published = Files.readAllBytes(ws.resolve("figures/figure-1.png"));

        CliRun opened = CliRun.of("versions", "new", ws.toString());
        Files.write(ws.resolve("figures/figure-1.png"), png(50, 50)); // the new draft redraws its picture
        CliRun lint = CliRun.of("lint", ws.toString());

        assertThat(opened.exitCode()).as(opened.all()).isZero();
        assertThat(Files.readString(ws.resolve("versions/1.0/sections/1-architecture.md")))
                .contains("![Figure 1 The layers](figures/1.0/figure-1.png)");
        assertThat(Files.readString(ws.resolve("sections/1-architecture.md"))).contains("](figures/figure-1.png)");
        assertThat(Files.readAllBytes(ws.resolve("figures/1.0/figure-1.png"))).isEqualTo(published);
        assertThat(lint.exitCode()).as(lint.all()).isZero();
        assertThat(lint.out()).doesNotContain("figures/");
    }

    @Test
    void aPictureASectionShowsButTheWorkspaceLacksIsAnErrorAtItsLine() throws IOException {
        Path ws = importedWorkspace();
        Files.delete(ws.resolve("figures/figure-1.png"));

        CliRun lint = CliRun.of("lint", ws.toString());

        assertThat(lint.exitCode()).isEqualTo(1);
        int line = lineOf(ws.resolve("sections/1-architecture.md"), "](figures/figure-1.png)");
        assertThat(lint.out()).contains("sections/1-architecture.md:" + line
                + ": error: section 1 shows picture figures/figure-1.png, which the workspace does not hold");
    }

    @Test
    void aPictureNoSectionShowsIsAWarning() throws IOException {
        Path ws = importedWorkspace();
        Files.write(ws.resolve("figures/spare.png"), png(2, 2));

        CliRun lint = CliRun.of("lint", ws.toString());

        assertThat(lint.exitCode()).isZero();
        assertThat(lint.out()).contains("figures/spare.png:").contains("warning: figures/spare.png is shown by no section");
    }

    @Test
    void aPictureInATableWithMergedCellsCountsAsShown() throws IOException {
        Path ws = importedWorkspace();
        Files.write(ws.resolve("figures/logo.png"), png(3, 3));
        Path section = ws.resolve("sections/1-architecture.md");
        Files.writeString(section, Files.readString(section)
                + "\n<table>\n<tr><td rowspan=\"2\">![The logo](figures/logo.png)</td><td>A</td></tr>\n<tr><td>B</td></tr>\n</table>\n");

        CliRun lint = CliRun.of("lint", ws.toString());

        assertThat(lint.exitCode()).as(lint.all()).isZero();
        assertThat(lint.out()).doesNotContain("logo.png");
    }

    @Test
    void aPictureThatIsNotTheImageItsNameSaysOrTooLargeIsAnErrorNamingTheFile() throws IOException {
        Path ws = importedWorkspace();
        Files.writeString(ws.resolve("figures/figure-1.png"), "<html>not a picture</html>");
        try (RandomAccessFile big = new RandomAccessFile(ws.resolve("figures/huge.jpg").toFile(), "rw")) {
            big.setLength(20L * 1024 * 1024 + 1);
        }
        Files.writeString(ws.resolve("figures/notes.txt"), "what the figures show");
        Files.writeString(ws.resolve("figures/fetching.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"file:///etc/passwd\"/></svg>");

        CliRun lint = CliRun.of("lint", ws.toString());

        assertThat(lint.exitCode()).isEqualTo(1);
        assertThat(lint.out()).contains("error: figures/figure-1.png is not a PNG image as its name says (it starts with bytes 3c 68")
                .contains("error: figures/huge.jpg is 20971521 bytes, more than the 20 MiB a picture may be")
                .contains("warning: figures/notes.txt is not a picture of the workspace format")
                .contains("error: figures/fetching.svg is an SVG that is not self-contained (xlink:href=\"file:///etc/passwd)");
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
