package org.tadworkbench.intake.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.tadworkbench.SharedFolder;
import org.tadworkbench.intake.Ingested;
import org.tadworkbench.spec.SpecClause;
import org.tadworkbench.word.Block;
import org.tadworkbench.word.Paragraph;
import org.tadworkbench.word.Table;
import org.tadworkbench.word.WordDocument;
import org.tadworkbench.word.WordReader;

/**
 * The Word reader on real documents written by Word and by other tools. These live in ../shared (public material
 * under its own licences, never copied into the project), and no document we write ourselves can stand in for what
 * Word really writes: a 224-page specification whose clause numbers exist only through numbering linked to its
 * heading styles, with Word's own HTML export of it as the truth for those numbers. The same behaviours are checked
 * on POI-written inputs in {@link DocxSpecReaderTests} and {@code WordReaderTests}.
 */
class DocxFixtureTests {

    private static final Pattern HEADING = Pattern.compile("<h([1-9])[^>]*>(.*?)</h\\1>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s+(.*)$",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);

    @Test
    void sarifClauseNumbersAndTitlesAreTheOnesWordShows() throws Exception {
        Path docx = SharedFolder.require("fixtures/specs/sarif-v2.1-csd02.docx");
        Path htm = SharedFolder.require("fixtures/specs/sarif-v2.1-csd02.htm");

        Ingested in = new DocxSpecReader().read(docx, "sarif-v2.1-csd02.docx");

        List<String[]> truth = numberedHeadings(htm);
        assertThat(truth).hasSizeGreaterThan(500);
        Set<String> found = new HashSet<>();
        for (SpecClause c : in.clauses()) {
            found.add(c.number() + "\t" + norm(c.title()));
        }
        List<String> missing = new ArrayList<>();
        for (String[] heading : truth) {
            if (!found.contains(heading[0] + "\t" + norm(heading[1]))) {
                missing.add(heading[0] + " " + heading[1]);
            }
        }
        double share = 1.0 - (double) missing.size() / truth.size();
        assertThat(share).as("numbered headings found with Word's number and title; missing: %s", missing)
                .isGreaterThanOrEqualTo(0.99);
        // No page furniture and no table of contents in clause text.
        assertThat(in.clauses()).noneMatch(c -> c.text().contains("Standards Track Draft")
                || c.text().matches("(?s).*Page \\d+ of \\d+.*"));
        assertThat(in.clauses()).filteredOn(c -> c.number().equals("1")).singleElement()
                .satisfies(c -> assertThat(c.text()).doesNotContain("Table of Contents").contains("[^1]"));
        assertThat(in.tables()).isPositive();
    }

    @Test
    void anEarlierSarifVersionReadsIntoNumberedClauses() throws Exception {
        Path docx = SharedFolder.require("fixtures/specs/sarif-v2.0-csd01.docx");

        Ingested in = new DocxSpecReader().read(docx, "sarif-v2.0-csd01.docx");

        assertThat(in.clauses()).hasSizeGreaterThan(300);
        assertThat(in.clauses()).allSatisfy(c -> assertThat(c.number()).matches("\\d+(\\.\\d+)*|[A-Z](\\.\\d+)*"));
        assertThat(in.clauses()).filteredOn(c -> c.level() == 1).extracting(SpecClause::number)
                .startsWith("1", "2", "3");
    }

    @Test
    void everyWordFileFromOtherToolsIsReadWithoutFailing() throws Exception {
        Path folder = SharedFolder.require("fixtures/docx");
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(f -> f.toString().endsWith(".docx")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            Ingested in = new DocxSpecReader().read(file, file.getFileName().toString());
            // (some hold nothing once their tracked changes are accepted, poi-Tika-792 for one)
            assertThat(in.clauses()).as(file.getFileName().toString()).allSatisfy(c -> assertThat(c.title()).isNotBlank());
        }
    }

    @Test
    void listNumbersMatchWhatTheListsSayOfThemselves() throws Exception {
        // Each item of this POI test file names the number Word gives it ("Entry #3", "Restarted @ 2", "Now 11").
        WordDocument d = read("fixtures/docx/poi-ComplexNumberedLists.docx", WordReader.Options.ACCEPTED);
        List<String> labelled = new ArrayList<>();
        for (Block b : d.body()) {
            if (b instanceof Paragraph p && p.label() != null) {
                labelled.add(p.label().text() + " " + p.text());
            }
        }
        assertThat(labelled).containsExactly("1. Entry #1", "2. Entry #2, with children", "a. 2-a", "b. 2-b", "c. 2-c",
                "3. Entry #3", "4. Entry #4", "1. Restarted to 1 from 5", "2. Restarted @ 2", "3. Restarted @ 3",
                "10. Jump to new list at 10", "11. Now 11", "12. Carrying on @ 12", "13. Carrying on @ 13");
    }

    @Test
    void headingNumberingFromPandocsTestFile() throws Exception {
        Path file = SharedFolder.require("fixtures/docx/pandoc-enumerated_headings.docx");
        Ingested in = new DocxSpecReader().read(file, "pandoc-enumerated_headings.docx");
        assertThat(in.clauses()).extracting(SpecClause::label).containsExactly("1 H1", "1.1 H2", "1.1.1 H3");
    }

    @Test
    void aDeletedTableRowReadsAsWordsOwnAcceptAllAndRejectAll() throws Exception {
        // Open-XML-PowerTools keeps Word's own results of Accept All and Reject All beside the tracked file.
        String tracked = "fixtures/docx/oxpt-RP009-Deleted-Table-Row.docx";
        assertThat(tableText(read(tracked, WordReader.Options.ACCEPTED)))
                .isEqualTo(tableText(read("fixtures/docx/oxpt-RP009-Deleted-Table-Row-Accepted.docx", WordReader.Options.ACCEPTED)));
        assertThat(tableText(read(tracked, WordReader.Options.REJECTED)))
                .isEqualTo(tableText(read("fixtures/docx/oxpt-RP009-Deleted-Table-Row-Rejected.docx", WordReader.Options.ACCEPTED)));
        assertThat(tableText(read(tracked, WordReader.Options.ACCEPTED)))
                .isNotEqualTo(tableText(read(tracked, WordReader.Options.REJECTED)));
    }

    @Test
    void mergedCellsOfDocx4jsTableFileAreAllResolved() throws Exception {
        // 13 tables; 14 w:vMerge marks (7 merges of two rows) and 44 w:gridSpan marks, one per row a wide cell is in.
        WordDocument d = read("fixtures/docx/docx4j-tables.docx", WordReader.Options.ACCEPTED);
        List<Table> tables = d.body().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
        assertThat(tables).hasSize(13);
        List<Table.Cell> cells = tables.stream().flatMap(t -> t.rows().stream()).flatMap(r -> r.cells().stream()).toList();
        assertThat(cells.stream().filter(c -> c.rowSpan() > 1).mapToInt(Table.Cell::rowSpan).sum()).isEqualTo(14);
        assertThat(cells.stream().filter(c -> c.colSpan() > 1).mapToInt(Table.Cell::rowSpan).sum()).isEqualTo(44);
    }

    private static WordDocument read(String fixture, WordReader.Options options) throws Exception {
        Path file = SharedFolder.require(fixture);
        return new WordReader().read(file, file.getFileName().toString(), options);
    }

    private static List<String> tableText(WordDocument d) {
        List<String> rows = new ArrayList<>();
        for (Block b : d.body()) {
            if (b instanceof Table t) {
                for (Table.Row row : t.rows()) {
                    StringBuilder text = new StringBuilder();
                    for (Table.Cell cell : row.cells()) {
                        cell.blocks().forEach(x -> text.append(x instanceof Paragraph p ? p.text() : "").append('|'));
                    }
                    rows.add(text.toString());
                }
            }
        }
        return rows;
    }

    /** The numbered headings Word wrote into its HTML export, as ../shared/acceptance/spec_truth.py reads them. */
    private static List<String[]> numberedHeadings(Path htm) throws Exception {
        byte[] raw = Files.readAllBytes(htm);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            text = new String(raw, Charset.forName("windows-1252"));
        }
        List<String[]> out = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            String words = Parser.unescapeEntities(m.group(2).replaceAll("<[^>]+>", ""), false)
                    .replaceAll("(?U)\\s+", " ").strip();
            Matcher n = NUMBERED.matcher(words);
            if (n.matches()) {
                out.add(new String[] {n.group(1), n.group(2)});
            }
        }
        return out;
    }

    /** Titles compared as the acceptance check compares them: case, quotes, dashes, markup and spacing folded. */
    static String norm(String text) {
        String t = Parser.unescapeEntities(text == null ? "" : text, false)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00a0', ' ')
                .replaceAll("[`*_]", "")
                .replaceAll("(?U)\\s+", " ").strip();
        t = t.replaceAll("[.:]+$", "").strip();
        return t.toLowerCase(Locale.ROOT);
    }
}
