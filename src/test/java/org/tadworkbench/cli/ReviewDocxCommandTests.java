package org.tadworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.document.Paragraphs;
import org.tadworkbench.document.ReviewAnchors;
import org.tadworkbench.document.Section;
import org.tadworkbench.word.Block;
import org.tadworkbench.word.Paragraph;
import org.tadworkbench.word.Table;
import org.tadworkbench.word.WordFileException;
import org.tadworkbench.word.WordReader;
import org.tadworkbench.workspace.WorkspaceReader;

/**
 * {@code tad review docx} as a consultation manager types it to send version 3.0 of the reference workspace out for
 * review, read back with the workbench's own Word reader, as the import of a returned copy will read it: every section
 * and every paragraph (as the section pages number them) carries its bookmark where it starts, and the file names the
 * workspace and version it came from.
 */
class ReviewDocxCommandTests {

    @TempDir
    static Path tmp;

    static Path ws;
    static Path copy;
    static CliRun made;
    /** Where each bookmark is in the copy: the paragraph that carries it, and whether that paragraph is in a table. */
    static Map<String, Place> bookmarks;

    record Place(Paragraph paragraph, boolean inTable) {
    }

    @BeforeAll
    static void makeTheCopy() throws IOException, WordFileException {
        ws = TestWorkspaces.copyOfReference(tmp);
        copy = tmp.resolve("out/copy.docx");
        made = CliRun.of("review", "docx", ws.toString(), "--version", "3.0", "--out", copy.toString(), "--json");
        bookmarks = new HashMap<>();
        if (Files.isRegularFile(copy)) {
            collect(new WordReader().read(copy, "copy.docx").body(), false);
        }
    }

    private static void collect(List<Block> blocks, boolean inTable) {
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                p.bookmarks().forEach(name -> bookmarks.putIfAbsent(name, new Place(p, inTable)));
            } else if (block instanceof Table t) {
                t.rows().forEach(row -> row.cells().forEach(cell -> collect(cell.blocks(), true)));
            }
        }
    }

    @Test
    void theCopyIsWrittenAndReported() {
        assertThat(made.exitCode()).as(made.all()).isZero();
        assertThat(made.out()).contains("\"workspace\" : \"sec-tad\"", "\"version\" : \"3.0\"", "\"paragraphs\"");
    }

    @Test
    void theFirstParagraphOfASectionCarriesItsBookmark() {
        Place first = bookmarks.get(ReviewAnchors.paragraph("4.2.1.7", 1));
        assertThat(first).as("bookmark %s", ReviewAnchors.paragraph("4.2.1.7", 1)).isNotNull();
        assertThat(first.paragraph().text()).startsWith("Describes the hand held terminal");
        assertThat(bookmarks.get(ReviewAnchors.paragraph("4.2.1.7", 2)).paragraph().text())
                .startsWith("This section applies to SMETS2+ only.");
    }

    @Test
    void everySectionHasItsBookmarkOnItsHeadingAndEveryParagraphItsOwn() {
        List<Section> sections = new WorkspaceReader().read(ws).workspace().sectionsOf("3.0").orElseThrow();
        List<String> missing = new ArrayList<>();
        for (Section section : sections) {
            Place heading = bookmarks.get(ReviewAnchors.section(section.number()));
            if (heading == null || !heading.paragraph().text().startsWith(section.number() + " " + section.title())) {
                missing.add(ReviewAnchors.section(section.number()));
            }
            int count = Paragraphs.count(section.body());
            for (int n = 1; n <= count; n++) {
                if (!bookmarks.containsKey(ReviewAnchors.paragraph(section.number(), n))) {
                    missing.add(ReviewAnchors.paragraph(section.number(), n));
                }
            }
            // one bookmark per paragraph and no more: the numbers are the section page's numbers
            assertThat(bookmarks).doesNotContainKey(ReviewAnchors.paragraph(section.number(), count + 1));
        }
        assertThat(missing).isEmpty();
        assertThat(sections).hasSizeGreaterThan(20);
    }

    @Test
    void aTableIsOneParagraphWhoseBookmarkIsInItsFirstCell() {
        // 3.3: two paragraphs, the caption "Table 3.3: ..." (not counted), then the table, paragraph 3
        assertThat(Paragraphs.count(body("3.3"))).isEqualTo(3);
        Place table = bookmarks.get(ReviewAnchors.paragraph("3.3", 3));
        assertThat(table.inTable()).isTrue();
        assertThat(table.paragraph().text()).isEqualTo("Domain");
        assertThat(bookmarks.get(ReviewAnchors.paragraph("3.3", 1)).paragraph().text()).startsWith("Table 3.3 defines");
        assertThat(bookmarks.get(ReviewAnchors.paragraph("3.3", 2)).paragraph().text()).startsWith("In version 3.0 the definition");
    }

    @Test
    void bookmarkIdsAreUniqueAndTheCopyNamesItsWorkspaceAndVersion() throws IOException {
        String xml;
        try (ZipFile zip = new ZipFile(copy.toFile()); InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher start = Pattern.compile("<w:bookmarkStart w:id=\"(\\d+)\" w:name=\"([^\"]+)\"").matcher(xml);
        while (start.find()) {
            ids.add(start.group(1));
            names.add(start.group(2));
        }
        assertThat(ids).hasSameSizeAs(names).doesNotHaveDuplicates();
        assertThat(names).doesNotHaveDuplicates().containsAll(bookmarks.keySet());

        try (InputStream in = Files.newInputStream(copy); XWPFDocument doc = new XWPFDocument(in)) {
            POIXMLProperties.CustomProperties custom = doc.getProperties().getCustomProperties();
            assertThat(custom.getProperty(ReviewAnchors.WORKSPACE_PROPERTY).getLpwstr()).isEqualTo("sec-tad");
            assertThat(custom.getProperty(ReviewAnchors.VERSION_PROPERTY).getLpwstr()).isEqualTo("3.0");
            assertThat(doc.getParagraphs()).anyMatch(p -> p.getText().startsWith("Reviewer copy: comment with Word comments"));
        }
    }

    @Test
    void theCopyIsTheSameBytesEveryTime() throws IOException {
        Path again = tmp.resolve("again.docx");
        assertThat(CliRun.of("review", "docx", ws.toString(), "--version", "3.0", "--out", again.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(copy));
    }

    @Test
    void anUnknownVersionIsRefusedWithTheVersionsThereAre() {
        Path out = tmp.resolve("none.docx");
        CliRun run = CliRun.of("review", "docx", ws.toString(), "--version", "9.9", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no version '9.9'", "versions: 1.0, 2.0, 3.0");
        assertThat(out).doesNotExist();
    }

    @Test
    void withoutAVersionItIsAUsageError() {
        CliRun run = CliRun.of("review", "docx", ws.toString(), "--out", tmp.resolve("x.docx").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--version");
        assertThat(CliRun.of("review").exitCode()).isEqualTo(2);
    }

    private static String body(String number) {
        return new WorkspaceReader().read(ws).workspace().sectionsOf("3.0").orElseThrow().stream()
                .filter(s -> s.number().equals(number)).findFirst().orElseThrow().body();
    }
}
