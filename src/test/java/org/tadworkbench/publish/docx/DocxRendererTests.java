package org.tadworkbench.publish.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.ReviewAnchors;
import org.tadworkbench.publish.AssembledDocument;
import org.tadworkbench.publish.AssembledSection;
import org.tadworkbench.publish.DocumentAssembly;
import org.tadworkbench.workspace.WorkspaceReader;

/** Renders the reference workspace's version 3.0 to DOCX and reads it back with POI. */
class DocxRendererTests {

    private static final Pattern NUMBERED = Pattern.compile("^\\d+(\\.\\d+)* \\S.*");

    private static AssembledDocument full;
    private static byte[] docx;

    @BeforeAll
    static void render() {
        full = assemble(Applicability.BOTH);
        docx = new DocxRenderer().render(full);
    }

    private static AssembledDocument assemble(Applicability variant) {
        return DocumentAssembly.assemble(new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace(), "3.0", variant);
    }

    private static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    @Test
    void sectionHeadingsUseWordHeadingStylesWithTheirNumbers() throws IOException {
        try (XWPFDocument doc = open(docx)) {
            for (String style : List.of("Heading1", "Heading2", "Heading3", "Heading4")) {
                List<XWPFParagraph> headings = doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).toList();
                assertThat(headings).as(style).isNotEmpty();
                assertThat(headings).allSatisfy(h -> assertThat(h.getText()).matches(NUMBERED));
            }
            assertThat(doc.getParagraphs()).anySatisfy(p -> {
                assertThat(p.getStyle()).isEqualTo("Heading4");
                assertThat(p.getText()).isEqualTo("4.2.1.7 Hand Held Terminal (HHT)");
            });
            long headings = doc.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading")).count();
            assertThat(headings).isEqualTo(full.sections().size());
            // the styles are real, outline-level styles, so Word's navigation pane and TOC see them
            for (int level = 1; level <= 6; level++) {
                var style = doc.getStyles().getStyle("Heading" + level);
                assertThat(style).as("Heading" + level).isNotNull();
                assertThat(style.getName()).isEqualTo("heading " + level);
                assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level - 1);
            }
            for (String id : List.of("Title", "Caption", "TOCHeading")) {
                assertThat(doc.getStyles().styleExist(id)).as(id).isTrue();
            }
        }
    }

    @Test
    void headingsCarryBookmarksAndCrossReferencesLinkToThem() throws IOException {
        String xml = part(docx, "word/document.xml");
        for (AssembledSection s : full.sections()) {
            assertContains(xml, "<w:bookmarkStart w:id=\"" + full.sections().indexOf(s) + "\" w:name=\""
                    + ReviewAnchors.section(s.number()) + "\"/>");
        }
        // [4.2.6](section:4.2.6) in 4.2 becomes an internal hyperlink to the bookmark of 4.2.6
        assertContains(xml, "<w:hyperlink w:anchor=\"sec_4_2_6\" w:history=\"true\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t>4.2.6</w:t>");
    }

    @Test
    void documentControlAndGlossaryTablesArePresent() throws IOException {
        try (XWPFDocument doc = open(docx)) {
            List<XWPFTable> tables = doc.getTables();
            XWPFTable history = tables.stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Version")
                    && t.getRow(0).getTableCells().size() == 4).findFirst().orElseThrow();
            assertThat(history.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("Version", "Status", "Date", "Summary");
            assertThat(history.getRows()).hasSize(1 + full.history().size());
            assertThat(history.getRow(3).getCell(0).getText()).isEqualTo("3.0");
            assertThat(history.getRow(3).getCell(1).getText()).isEqualTo("Draft");
            assertThat(tables).anySatisfy(t -> {
                assertThat(t.getRow(0).getCell(0).getText()).isEqualTo("Role");
                assertThat(t.getRow(1).getCell(1).getText()).isEqualTo(full.manifest().owner());
            });
            assertThat(tables).anySatisfy(t -> {
                assertThat(t.getRow(0).getCell(0).getText()).isEqualTo("Term");
                assertThat(t.getRows()).hasSize(1 + full.glossary().size());
            });
            // the TAD's own tables, from Markdown in sections 3.3, 4.1.3 and 4.4.1, each with a repeating heading row
            assertThat(tables).filteredOn(t -> t.getRow(0).isRepeatHeader()).extracting(t -> t.getRow(0).getCell(0).getText())
                    .contains("Domain", "Id", "Entity");
            String xml = part(docx, "word/document.xml");
            assertContains(xml, "<w:instrText xml:space=\"preserve\"> TOC \\o \"1-6\" \\h \\z \\u </w:instrText>");
            assertContains(xml, "w:fldCharType=\"begin\" w:dirty=\"true\"");
            assertContains(part(docx, "word/settings.xml"), "updateFields");
        }
    }

    @Test
    void everyPageCarriesTheClassificationMarkingAndPageNumbers() throws IOException {
        try (XWPFDocument doc = open(docx)) {
            assertThat(doc.getHeaderList()).isNotEmpty();
            assertThat(doc.getHeaderFooterPolicy().getDefaultHeader().getText()).contains(full.classificationMarking());
            assertThat(doc.getHeaderFooterPolicy().getDefaultFooter().getText()).contains(full.classificationMarking());
        }
        String footers = String.join("", entries(docx).stream().filter(n -> n.startsWith("word/footer"))
                .map(n -> part(docx, n)).toList());
        assertThat(footers).contains("PAGE").contains("NUMPAGES");
    }

    @Test
    void figuresAreEmbeddedAsPngWithTheSvgAttachedAndCaptioned() throws IOException {
        assertThat(full.figures()).isNotEmpty();
        try (XWPFDocument doc = open(docx)) {
            List<XWPFPictureData> pngs = doc.getAllPictures().stream()
                    .filter(p -> p.getPackagePart().getContentType().equals("image/png")).toList();
            assertThat(pngs).hasSize(figureCount(full));
            assertThat(pngs).allSatisfy(p -> assertThat(p.getData()).startsWith(0x89, 'P', 'N', 'G'));
            List<String> captions = doc.getParagraphs().stream().filter(p -> "Caption".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(captions).contains("Figure 4.2 Application Model");
            long inline = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .mapToLong(r -> r.getEmbeddedPictures().size()).sum();
            assertThat(inline).isEqualTo(figureCount(full));
        }
        assertThat(entries(docx)).anySatisfy(n -> assertThat(n).startsWith("word/media/").endsWith(".svg"));
        assertContains(part(docx, "word/document.xml"), "<asvg:svgBlip");
    }

    @Test
    void variantBuildsMarkTheirVariations() throws IOException {
        AssembledDocument smets2 = assemble(Applicability.SMETS2PLUS);
        try (XWPFDocument doc = open(new DocxRenderer().render(smets2))) {
            List<String> notes = doc.getParagraphs().stream().filter(p -> "VariationNote".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).distinct().toList();
            assertThat(notes).containsExactly("Applies to SMETS2+ only");
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).isEqualTo("4.2.1.7 Hand Held Terminal (HHT)"));
        }
        try (XWPFDocument doc = open(docx)) {
            assertThat(doc.getParagraphs()).noneSatisfy(p -> assertThat(p.getStyle()).isEqualTo("VariationNote"));
        }
    }

    @Test
    void corePropertiesComeFromTheDocument() throws IOException {
        try (XWPFDocument doc = open(docx)) {
            var core = doc.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isEqualTo("TAD Workbench");
            assertThat(core.getTitle()).isEqualTo(full.fullTitle());
            assertThat(core.getCreated().toInstant().toString()).isEqualTo(full.date() + "T00:00:00Z");
            assertThat(core.getModified().toInstant().toString()).isEqualTo(full.date() + "T00:00:00Z");
        }
    }

    @Test
    void twoRendersAreByteIdentical() throws Exception {
        byte[] again = new DocxRenderer().render(assemble(Applicability.BOTH));
        assertThat(again).isEqualTo(docx);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first.getName()).isEqualTo("[Content_Types].xml");
            assertThat(first.getTimeLocal().toLocalDate()).isEqualTo(full.date());
        }
        assertThat(part(docx, "word/document.xml").contains("w:rsid")).as("rsid attributes written").isFalse();
    }

    @Test
    void libreOfficeConvertsItToPdf(@TempDir Path dir) throws Exception {
        String office = executable("libreoffice", "soffice");
        // The one allowed use of an assumption in these tests: LibreOffice is an optional tool on the build
        // machine, so the conversion check is skipped (not failed) where it is not installed.
        assumeThat(office).as("LibreOffice is not installed (no libreoffice or soffice on PATH): "
                + "skipping the DOCX-to-PDF conversion check").isNotNull();
        Path input = dir.resolve("tad.docx");
        Files.write(input, docx);
        Process process = new ProcessBuilder(office, "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--convert-to", "pdf", "--outdir", dir.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished in time").isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
        Path pdf = dir.resolve("tad.pdf");
        assertThat(pdf).exists();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /** contains() on the document XML without AssertJ printing megabytes of it on failure. */
    private static void assertContains(String xml, String expected) {
        assertThat(xml.contains(expected)).as("XML contains " + expected).isTrue();
    }

    private static String executable(String... names) {
        for (String name : names) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return null;
    }

    private static int figureCount(AssembledDocument document) {
        int count = 0;
        for (AssembledSection s : document.sections()) {
            var m = DocumentAssembly.FIGURE.matcher(s.markdown());
            while (m.find()) {
                if (document.figures().containsKey(m.group(2))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static List<String> entries(byte[] zip) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static String part(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no part " + name);
    }
}
