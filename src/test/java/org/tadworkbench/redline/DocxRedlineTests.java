package org.tadworkbench.redline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Word redline: real tracked changes in document.xml, heading styles, reproducible bytes, and it opens. */
class DocxRedlineTests {

    @TempDir
    static Path tmp;

    static byte[] docx;
    static String documentXml;

    @BeforeAll
    static void write() throws Exception {
        docx = DocxRedline.write(Redline.compare(RedlineFixture.read(RedlineFixture.workspace(tmp)), "2.0", "3.0"));
        documentXml = entries(docx).get("word/document.xml");
    }

    static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void changedSentenceIsATrackedDeletionAndInsertion() {
        assertThat(documentXml).containsPattern("<w:del w:id=\"\\d+\" w:author=\"TAD Workbench\" w:date=\"2019-03-12T00:00:00Z\">"
                + "<w:r><w:delText>messages</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"\\d+\" w:author=\"TAD Workbench\" w:date=\"2019-03-12T00:00:00Z\"><w:r><w:t>commands</w:t></w:r></w:ins>");
        // the text around stays plain, in document order
        assertThat(documentXml).containsPattern("<w:t xml:space=\"preserve\">[^<]*signs the </w:t></w:r><w:del ");
    }

    @Test
    void addedAndRemovedSectionsAreWhollyTracked() {
        // removed heading: deleted paragraph mark and deleted text, with its hostile title kept as text
        assertThat(documentXml).containsPattern("<w:p><w:pPr><w:pStyle w:val=\"Heading3\"/><w:rPr><w:del w:id=\"\\d+\" "
                + "w:author=\"TAD Workbench\" w:date=\"[^\"]+\"/></w:rPr></w:pPr><w:del [^>]+><w:r><w:delText>4.2.8 "
                + "Legacy &lt;b>Gateway&lt;/b> &amp; Data</w:delText>");
        assertThat(documentXml).containsPattern("<w:pStyle w:val=\"Heading3\"/><w:rPr><w:ins [^>]+/></w:rPr></w:pPr>"
                + "<w:ins [^>]+><w:r><w:t>4.2.6 SMETS1 systems overview</w:t>");
    }

    @Test
    void renumberedHeadingTracksTheNumberOnly() {
        assertThat(documentXml).containsPattern("<w:pStyle w:val=\"Heading2\"/></w:pPr><w:del [^>]+><w:r><w:delText>5.6</w:delText>"
                + "</w:r></w:del><w:ins [^>]+><w:r><w:t>5.7</w:t></w:r></w:ins><w:r><w:t xml:space=\"preserve\"> </w:t></w:r>"
                + "<w:r><w:t>Message Versioning</w:t></w:r>");
    }

    @Test
    void headingStylesAndTrackingAreDefined() throws IOException {
        Map<String, String> entries = entries(docx);
        for (int level = 1; level <= 6; level++) {
            assertThat(entries.get("word/styles.xml")).contains("w:styleId=\"Heading" + level + "\"");
        }
        assertThat(entries.get("word/settings.xml")).contains("trackRevisions");
        assertThat(String.join("", entries.values())).doesNotContain("w:rsid");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getStyle()).isEqualTo("Heading1"));
            assertThat(doc.getStyles().styleExist("Heading4")).isTrue();
        }
    }

    @Test
    void bytesAreReproducible() throws Exception {
        byte[] again = DocxRedline.write(Redline.compare(RedlineFixture.read(RedlineFixture.workspace(tmp.resolve("again"))), "2.0", "3.0"));
        assertThat(again).isEqualTo(docx);
    }

    /**
     * Proof that an office suite opens the file and sees the revisions: LibreOffice converts it to PDF, and to flat
     * ODF, where each tracked change becomes a text:changed-region by author TAD Workbench. Skipped (an assumption,
     * not a failure) where LibreOffice is not installed: build machines need not carry an office suite.
     */
    @Test
    void libreOfficeOpensItWithTrackedChanges() throws Exception {
        String office = findOnPath("libreoffice", "soffice");
        assumeTrue(office != null, "LibreOffice is not installed: cannot prove the DOCX opens in an office suite here");
        Path dir = Files.createDirectories(tmp.resolve("lo"));
        Path file = Files.write(dir.resolve("redline.docx"), docx);
        convert(office, dir, file, "pdf");
        Path pdf = dir.resolve("redline.pdf");
        assertThat(pdf).exists();
        assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        convert(office, dir, file, "fodt");
        String odf = Files.readString(dir.resolve("redline.fodt"), StandardCharsets.UTF_8);
        assertThat(odf).contains("<text:changed-region", "<text:insertion", "<text:deletion", "<dc:creator>TAD Workbench</dc:creator>");
        assertThat(odf).contains("text:outline-level=\"1\"");
    }

    private static void convert(String office, Path dir, Path file, String format) throws Exception {
        Process p = new ProcessBuilder(office, "--headless", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--convert-to", format, "--outdir", dir.toString(), file.toString()).redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting to " + format + " within 3 minutes");
        }
    }

    private static String findOnPath(String... names) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                File f = new File(dir, name);
                if (f.canExecute()) {
                    return f.getAbsolutePath();
                }
            }
        }
        return null;
    }
}
