package org.tadworkbench.intake.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tadworkbench.word.WordFixtures.deleted;
import static org.tadworkbench.word.WordFixtures.field;
import static org.tadworkbench.word.WordFixtures.listItem;
import static org.tadworkbench.word.WordFixtures.paragraph;
import static org.tadworkbench.word.WordFixtures.run;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.tadworkbench.intake.Ingested;
import org.tadworkbench.spec.SpecClause;
import org.tadworkbench.word.WordFixtures;

/** A Word specification becomes clauses with the numbers Word shows and their text as Markdown. */
class DocxSpecReaderTests {

    @TempDir
    Path dir;

    private Ingested ingest(XWPFDocument doc) throws Exception {
        Path file = WordFixtures.save(doc, dir.resolve("spec.docx"));
        return new DocxSpecReader().read(file, "spec.docx");
    }

    private static SpecClause clause(Ingested in, String number) {
        return in.clauses().stream().filter(c -> c.number().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void clausesComeFromHeadingsWithTheNumbersWordDisplays() throws Exception {
        XWPFDocument doc = WordFixtures.specification();
        paragraph(doc, "Title", "Message Interface Specification");
        paragraph(doc, null, "Version 3.1, issued for consultation.");
        paragraph(doc, "Heading1", "Introduction");
        paragraph(doc, null, "This document says what a message holds.");
        paragraph(doc, "Heading2", "Scope");
        paragraph(doc, null, "It covers every message.");
        paragraph(doc, "Heading2", "Terms");
        paragraph(doc, "Heading3", "Defined terms");
        paragraph(doc, "Heading1", "Messages");
        paragraph(doc, "AppendixHeading1", "Examples");
        paragraph(doc, "AppendixHeading2", "A first example");

        Ingested in = ingest(doc);

        assertThat(in.clauses()).extracting(SpecClause::number, SpecClause::title, SpecClause::level).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", "Introduction", 1),
                org.assertj.core.groups.Tuple.tuple("1.1", "Scope", 2),
                org.assertj.core.groups.Tuple.tuple("1.2", "Terms", 2),
                org.assertj.core.groups.Tuple.tuple("1.2.1", "Defined terms", 3),
                org.assertj.core.groups.Tuple.tuple("2", "Messages", 1),
                org.assertj.core.groups.Tuple.tuple("A", "Examples", 1),
                org.assertj.core.groups.Tuple.tuple("A.1", "A first example", 2));
        assertThat(clause(in, "1").text()).isEqualTo("This document says what a message holds.");
        assertThat(clause(in, "1.1").text()).isEqualTo("It covers every message.");
        assertThat(clause(in, "1.2").text()).isEmpty();
        assertThat(clause(in, "1.1").source()).isEqualTo("paragraph 5");
        // The title page is not a clause: it is reported, with where it is and how much text it holds.
        assertThat(in.unplaced()).containsExactly(new Ingested.Unplaced("paragraphs 1-2",
                "text before the first heading: 8 words"));
    }

    @Test
    void aHeadingTypedWithItsNumberKeepsThatNumber() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        doc.createStyles().setStyles(org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument.Factory
                .parse(WordFixtures.STYLES.replace("<w:numId w:val=\"1\"/>", "<w:numId w:val=\"0\"/>")).getStyles());
        paragraph(doc, "Heading1", "4 Security");
        paragraph(doc, "Heading2", "4.2\tKeys");

        Ingested in = ingest(doc);

        assertThat(in.clauses()).extracting(SpecClause::number, SpecClause::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4", "Security"),
                        org.assertj.core.groups.Tuple.tuple("4.2", "Keys"));
    }

    @Test
    void clauseTextKeepsEmphasisLinksListsCodeAndFootnotesAsMarkdown() throws Exception {
        XWPFDocument doc = WordFixtures.specification();
        paragraph(doc, "Heading1", "Rules");
        XWPFParagraph p = paragraph(doc, null, "A sender ");
        run(p, "must").setBold(true);
        run(p, " sign ");
        run(p, "every").setItalic(true);
        run(p, " message, as ");
        XWPFHyperlinkRun link = p.createHyperlinkRun("https://example.org/rfc");
        link.setText("the RFC");
        run(p, " says");
        XWPFFootnote note = doc.createFootnote();
        note.createParagraph().createRun().setText("Since version 2.");
        p.addFootnoteReference(note);
        run(p, ".");
        listItem(doc, 3, 0, "first point");
        listItem(doc, 3, 1, "a detail");
        listItem(doc, 3, 0, "second point");
        listItem(doc, 7, 0, "numbered five");
        listItem(doc, 7, 0, "numbered six");
        listItem(doc, 4, 0, "lettered");
        paragraph(doc, "Code", "{ \"version\": \"2.1.0\" }");
        paragraph(doc, "Code", "  \"runs\": []");

        Ingested in = ingest(doc);

        assertThat(clause(in, "1").text()).isEqualTo("""
                A sender **must** sign *every* message, as [the RFC](https://example.org/rfc) says[^1].

                - first point
                  - a detail
                - second point

                5. numbered five
                6. numbered six

                - a) lettered

                ```
                { "version": "2.1.0" }
                  "runs": []
                ```

                [^1]: Since version 2.""");
    }

    @Test
    void tablesArePipeTablesOrHtmlWhereCellsMerge() throws Exception {
        XWPFDocument doc = WordFixtures.specification();
        paragraph(doc, "Heading1", "Tables");
        XWPFTable plain = doc.createTable(2, 2);
        plain.getRow(0).getCell(0).setText("Property");
        plain.getRow(0).getCell(1).setText("Type");
        plain.getRow(1).getCell(0).setText("version");
        plain.getRow(1).getCell(1).setText("string | null");
        paragraph(doc, null, "Between the tables.");
        XWPFTable merged = doc.createTable(3, 2);
        merged.getRow(0).getCell(0).setText("Both columns");
        merged.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
        merged.getRow(0).removeCell(1);
        merged.getRow(1).getCell(0).setText("Two rows");
        merged.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
        merged.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
        merged.getRow(1).getCell(1).setText("x < y");
        merged.getRow(2).getCell(1).setText("z");

        Ingested in = ingest(doc);

        assertThat(in.tables()).isEqualTo(2);
        assertThat(clause(in, "1").text()).isEqualTo("""
                | Property | Type |
                | --- | --- |
                | version | string \\| null |

                Between the tables.

                <table>
                <tr><td colspan="2">Both columns</td></tr>
                <tr><td rowspan="2">Two rows</td><td>x &lt; y</td></tr>
                <tr><td>z</td></tr>
                </table>""");
    }

    @Test
    void contentsHeadersFootersAndDeletedTextAreNotClauseText() throws Exception {
        XWPFDocument doc = WordFixtures.specification();
        doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Standards Track Draft");
        doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Page 1 of 9");
        XWPFParagraph toc = paragraph(doc, "TOC1", null);
        field(toc, " TOC \\o \"1-3\" \\h ", "1 Introduction\t1");
        paragraph(doc, "TOC1", "2 Messages\t4");
        paragraph(doc, "Heading1", "Introduction");
        XWPFParagraph p = paragraph(doc, null, "Messages are ");
        deleted(p, "rarely ");
        run(p, "signed.");
        paragraph(doc, "Heading1", "Messages");

        Ingested in = ingest(doc);

        assertThat(in.clauses()).extracting(SpecClause::label).containsExactly("1 Introduction", "2 Messages");
        assertThat(clause(in, "1").text()).isEqualTo("Messages are signed.");
        assertThat(in.unplaced()).isEmpty();
    }

    @Test
    void picturesAreReportedWhereTheyAre() throws Exception {
        XWPFDocument doc = WordFixtures.specification();
        paragraph(doc, "Heading1", "Architecture");
        XWPFParagraph p = paragraph(doc, null, null);
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        p.createRun().addPicture(new ByteArrayInputStream(png.toByteArray()), PictureType.PNG, "layers.png",
                Units.toEMU(40), Units.toEMU(40));
        paragraph(doc, null, "Figure 1: the layers.");

        Ingested in = ingest(doc);

        assertThat(clause(in, "1").text()).isEqualTo("Figure 1: the layers.");
        assertThat(in.unplaced()).hasSize(1);
        assertThat(in.unplaced().get(0).location()).isEqualTo("paragraph 2, in 1 Architecture");
        assertThat(in.unplaced().get(0).what()).startsWith("image");
    }

    @Test
    void aDocumentWithoutHeadingsIsReportedNotDropped() throws Exception {
        XWPFDocument doc = WordFixtures.specification();
        paragraph(doc, null, "Just a letter with three paragraphs.");
        paragraph(doc, null, "Second.");
        paragraph(doc, null, "Third.");

        Ingested in = ingest(doc);

        assertThat(in.clauses()).isEmpty();
        assertThat(in.unplaced()).singleElement().satisfies(u -> {
            assertThat(u.location()).isEqualTo("paragraphs 1-3");
            assertThat(u.what()).contains("no headings").contains("8 words");
        });
    }

    @Test
    void markdownSpecialCharactersInWordTextStayText() throws Exception {
        XWPFDocument doc = WordFixtures.specification();
        paragraph(doc, "Heading1", "Notation");
        paragraph(doc, null, "# not a heading, *not* emphasis, [not] a link, a_b stays, _x_ does not");
        paragraph(doc, null, "1. not a list");

        Ingested in = ingest(doc);

        assertThat(clause(in, "1").text()).isEqualTo(
                "\\# not a heading, \\*not\\* emphasis, \\[not\\] a link, a_b stays, \\_x\\_ does not\n\n1\\. not a list");
        assertThat(List.of(clause(in, "1").title())).containsExactly("Notation");
    }
}
