package org.tadworkbench.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tadworkbench.word.WordFixtures.deleted;
import static org.tadworkbench.word.WordFixtures.field;
import static org.tadworkbench.word.WordFixtures.inserted;
import static org.tadworkbench.word.WordFixtures.listItem;
import static org.tadworkbench.word.WordFixtures.paragraph;
import static org.tadworkbench.word.WordFixtures.run;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** The Word reader on documents POI writes: what a user sees in Word is what the model holds. */
class WordReaderTests {

    @TempDir
    Path dir;

    private WordDocument read(XWPFDocument doc) throws Exception {
        Path file = WordFixtures.save(doc, dir.resolve("doc.docx"));
        return new WordReader().read(file, "doc.docx");
    }

    private static List<Paragraph> paragraphs(WordDocument d) {
        List<Paragraph> out = new ArrayList<>();
        for (Block b : d.body()) {
            if (b instanceof Paragraph p) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<String> labels(WordDocument d) {
        return paragraphs(d).stream().map(p -> p.label() == null ? "-" : p.label().text()).toList();
    }

    @Test
    void headingNumbersComeFromTheNumberingLinkedToTheHeadingStyles() throws Exception {
        XWPFDocument doc = WordFixtures.specification();
        paragraph(doc, "Heading1", "Introduction");
        paragraph(doc, "Heading2", "Scope");
        paragraph(doc, null, "Body text is not numbered.");
        paragraph(doc, "Heading2", "Terms");
        paragraph(doc, "Heading3", "Defined terms");
        paragraph(doc, "Heading1", "Messages");
        paragraph(doc, "Heading2", "General");
        paragraph(doc, "Heading3", "Format");
        paragraph(doc, "AppendixHeading1", "Examples");
        paragraph(doc, "AppendixHeading2", "A first example");

        WordDocument d = read(doc);

        assertThat(labels(d)).containsExactly("1", "1.1", "-", "1.2", "1.2.1.", "2", "2.1", "2.1.1.", "Appendix A.", "A.1");
        assertThat(paragraphs(d)).extracting(Paragraph::outlineLevel).containsExactly(0, 1, -1, 1, 2, 0, 1, 2, 0, 1);
        assertThat(paragraphs(d).get(4).text()).isEqualTo("Defined terms");
        assertThat(paragraphs(d).get(4).styleName()).isEqualTo("heading 3");
    }

    @Test
    void listLabelsFollowEachLevelsFormatAndRestartDeeperLevels() throws Exception {
        XWPFDocument doc = WordFixtures.specification();
        listItem(doc, 4, 0, "first");
        listItem(doc, 4, 1, "first of first");
        listItem(doc, 4, 1, "second of first");
        listItem(doc, 4, 2, "deeper");
        listItem(doc, 4, 3, "deepest");
        listItem(doc, 4, 0, "second");
        listItem(doc, 4, 1, "first of second");
        listItem(doc, 7, 0, "starts at five");
        listItem(doc, 7, 0, "then six");
        listItem(doc, 3, 0, "a bullet");

        WordDocument d = read(doc);

        assertThat(labels(d)).containsExactly("a)", "(i)", "(ii)", "I.", "A.", "b)", "(i)", "5.", "6.", "\u2022");
        assertThat(paragraphs(d).get(9).label().bullet()).isTrue();
        assertThat(paragraphs(d).get(2).label().level()).isEqualTo(1);
    }

    @Test
    void listInstancesOfOneDefinitionContinueUnlessTheyRestartItsCount() throws Exception {
        XWPFDocument doc = WordFixtures.specification();
        listItem(doc, 4, 0, "one");
        listItem(doc, 4, 0, "two");
        paragraph(doc, null, "An interruption.");
        listItem(doc, 6, 0, "continues the same list");
        listItem(doc, 5, 0, "restarted by a start override");
        listItem(doc, 5, 0, "and counts on");

        WordDocument d = read(doc);

        assertThat(labels(d)).containsExactly("a)", "b)", "-", "c)", "a)", "b)");
    }

    @Test
    void fieldInstructionsAreSkippedAndTheirResultsKept() throws Exception {
        XWPFDocument doc = WordFixtures.specification();
        XWPFParagraph p = paragraph(doc, null, "See clause ");
        field(p, " REF _Ref123 \\r \\h ", "3.2");
        run(p, " for details.");

        WordDocument d = read(doc);

        assertThat(paragraphs(d).get(0).text()).isEqualTo("See clause 3.2 for details.");
    }

    @Test
    void trackedChangesAreShownAcceptedUnlessAskedOtherwise() throws Exception {
        XWPFDocument doc = WordFixtures.specification();
        XWPFParagraph p = paragraph(doc, null, "The sender ");
        deleted(p, "may ");
        inserted(p, "must ");
        run(p, "sign the message.");
        Path file = WordFixtures.save(doc, dir.resolve("changes.docx"));

        WordDocument accepted = new WordReader().read(file, "changes.docx");
        WordDocument rejected = new WordReader().read(file, "changes.docx", WordReader.Options.REJECTED);

        assertThat(paragraphs(accepted).get(0).text()).isEqualTo("The sender must sign the message.");
        assertThat(paragraphs(rejected).get(0).text()).isEqualTo("The sender may sign the message.");
        assertThat(accepted.leftOut()).anyMatch(s -> s.contains("accepted"));
    }

    @Test
    void tableMergesBecomeRowAndColumnSpans() throws Exception {
        XWPFDocument doc = WordFixtures.specification();
        XWPFTable table = doc.createTable(3, 3);
        // row 0: one cell across the first two columns; column 0: one cell down rows 1 and 2
        table.getRow(0).getCell(0).setText("Spans two columns");
        table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
        table.getRow(0).removeCell(1);
        table.getRow(0).getCell(1).setText("C");
        table.getRow(1).getCell(0).setText("Spans two rows");
        table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
        table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
        table.getRow(1).getCell(1).setText("b1");
        table.getRow(1).getCell(2).setText("c1");
        table.getRow(2).getCell(1).setText("b2");
        table.getRow(2).getCell(2).setText("c2");

        WordDocument d = read(doc);

        Table t = (Table) d.body().stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
        assertThat(t.columns()).isEqualTo(3);
        assertThat(t.rows()).hasSize(3);
        Table.Cell wide = t.rows().get(0).cells().get(0);
        assertThat(wide.colSpan()).isEqualTo(2);
        assertThat(t.rows().get(0).cells().get(1).column()).isEqualTo(2);
        Table.Cell tall = t.rows().get(1).cells().get(0);
        assertThat(tall.rowSpan()).isEqualTo(2);
        assertThat(((Paragraph) tall.blocks().get(0)).text()).isEqualTo("Spans two rows");
        assertThat(t.rows().get(2).cells()).extracting(Table.Cell::column).containsExactly(1, 2);
        assertThat(t.hasMergedCells()).isTrue();
    }

    @Test
    void footnotesAreReadWithTheMarkWordShows() throws Exception {
        XWPFDocument doc = WordFixtures.specification();
        XWPFParagraph p = paragraph(doc, null, "A claim");
        XWPFFootnote note = doc.createFootnote();
        note.createParagraph().createRun().setText("The source of the claim.");
        p.addFootnoteReference(note);
        run(p, " and more.");

        WordDocument d = read(doc);

        Paragraph read = paragraphs(d).get(0);
        Inline.NoteReference ref = read.content().stream().filter(i -> i instanceof Inline.NoteReference)
                .map(i -> (Inline.NoteReference) i).findFirst().orElseThrow();
        assertThat(ref.mark()).isEqualTo("1");
        assertThat(read.text()).isEqualTo("A claim and more.");
        Note n = d.note(ref.kind(), ref.id()).orElseThrow();
        assertThat(n.blocks()).extracting(b -> ((Paragraph) b).text()).contains("The source of the claim.");
    }

    @Test
    void theTableOfContentsAndPageHeadersAndFootersAreLeftOutAndSaidSo() throws Exception {
        XWPFDocument doc = WordFixtures.specification();
        doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Standards Track Draft");
        doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Page 1 of 9");
        XWPFParagraph toc = paragraph(doc, "TOC1", null);
        field(toc, " TOC \\o \"1-3\" \\h ", "1 Introduction\t1");
        paragraph(doc, "TOC1", "2 Messages\t4");
        paragraph(doc, "Heading1", "Introduction");

        WordDocument d = read(doc);

        assertThat(paragraphs(d)).extracting(Paragraph::text).containsExactly("Introduction");
        assertThat(d.leftOut()).anyMatch(s -> s.startsWith("the table of contents"))
                .anyMatch(s -> s.startsWith("page headers and footers"));
    }

    @Test
    void aContentsControlIsLeftOutAndAHyperlinkFieldKeepsItsAddress() throws Exception {
        XWPFDocument doc = WordFixtures.specification();
        paragraph(doc, "Heading1", "Introduction");
        XWPFParagraph p = paragraph(doc, null, "Read ");
        field(p, " HYPERLINK \"https://example.org/spec\" \\o \"tip\" ", "the specification");
        run(p, ".");
        byte[] bytes = WordFixtures.withPart(WordFixtures.bytes(doc), "word/document.xml", xml -> xml.replaceFirst(
                "<w:body>", "<w:body><w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/>"
                        + "<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Contents</w:t></w:r></w:p>"
                        + "<w:p><w:r><w:t>1 Introduction 1</w:t></w:r></w:p></w:sdtContent></w:sdt>"));
        Path file = java.nio.file.Files.write(dir.resolve("sdt.docx"), bytes);

        WordDocument d = new WordReader().read(file, "sdt.docx");

        assertThat(paragraphs(d)).extracting(Paragraph::text).containsExactly("Introduction", "Read the specification.");
        assertThat(paragraphs(d).get(1).content()).contains(
                new Inline.Text("the specification", false, false, false, "https://example.org/spec"));
        assertThat(d.leftOut()).anyMatch(s -> s.startsWith("the table of contents"));
    }

    @Test
    void aFieldLeftOpenByADamagedFileDoesNotHideTheRestOfTheDocument() throws Exception {
        XWPFDocument doc = WordFixtures.specification();
        XWPFParagraph broken = paragraph(doc, null, "Before ");
        broken.createRun().getCTR().addNewFldChar().setFldCharType(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
        broken.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        paragraph(doc, null, "The next paragraph is still read.");

        WordDocument d = read(doc);

        assertThat(paragraphs(d)).extracting(Paragraph::text).containsExactly("Before ", "The next paragraph is still read.");
    }
}
