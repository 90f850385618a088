package org.tadworkbench.intake.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.intake.Ingested;
import org.tadworkbench.intake.IntakeException;
import org.tadworkbench.spec.SpecClause;

/** A specification printed to PDF, read back into its clauses without the page furniture a printout adds. */
class PdfSpecReaderTests {

    @TempDir
    Path tmp;

    private final PdfSpecReader reader = new PdfSpecReader();

    /** Title page with a date in bold (not a clause 30), contents with dot leaders, then clauses over three pages: every page with header and footer. */
    private static TestPdf specification(boolean bookmarks) {
        int one = bookmarks ? 1 : 0;
        int two = bookmarks ? 2 : 0;
        return new TestPdf()
                .page()
                .line(TestPdf.BOLD, 20, "Widget Protocol Version 1.0")
                .line(TestPdf.BOLD, 12, "30 April 2019")
                .paragraph("Committee Specification Draft 01, written for the tests of the PDF reader.")
                .page()
                .line(TestPdf.BOLD, 14, "Table of Contents")
                .text("1 Scope ............................................................................ 3")
                .text("2 Messages ......................................................................... 3")
                .text("   2.1 Header format ............................................................. 4")
                .text("Appendix A. Examples ............................................................... 5")
                .text("   A.1 Minimal message ........................................................... 5")
                .page()
                .heading("1 Scope", 16, one)
                .paragraph("This document specifies the widget protocol between a widget and its host.")
                .text("It covers every message that either side may send.")
                .paragraph("2 hosts are described elsewhere; this line is body text, not a heading.")
                .heading("2 Messages", 16, one)
                .paragraph("Every message starts with a header. The precise specifi-")
                .text("cation of the header follows in the next clause, and the well-")
                .text("Known field names are listed there.")
                .page()
                .image()
                .heading("2.1 Header format", 13, two)
                .paragraph("A header holds the length and the type of the message:")
                .code("{")
                .code("  \"length\": 12,")
                .code("  \"type\": \"hello\"")
                .code("}")
                .paragraph("The length counts the bytes after the header.")
                .page()
                .heading("Appendix A. Examples", 16, one)
                .paragraph("This appendix is informative.")
                .heading("A.1 Minimal message", 13, two)
                .paragraph("The smallest message has no body at all.");
    }

    @Test
    void headingsComeFromNumbersInALargerBoldFontWhenThePdfHasNoOutline() throws Exception {
        Ingested ingested = read(specification(false));

        assertThat(ingested.clauses()).extracting(SpecClause::number, SpecClause::title, SpecClause::level)
                .containsExactly(
                        tuple("1", "Scope", 1), tuple("2", "Messages", 1), tuple("2.1", "Header format", 2),
                        tuple("A", "Examples", 1), tuple("A.1", "Minimal message", 2));
        assertThat(ingested.clauses()).extracting(SpecClause::source)
                .containsExactly("page 3", "page 3", "page 4", "page 5", "page 5");
    }

    @Test
    void headingsComeFromTheOutlineWhenThePdfHasOne() throws Exception {
        // headings set exactly like body text: only the bookmarks say where the clauses start
        TestPdf pdf = new TestPdf()
                .page()
                .plainHeading("1 General", 1)
                .paragraph("The general rules.")
                .plainHeading("1.1 Purpose", 2)
                .paragraph("Why the widget protocol exists.")
                .page()
                .plainHeading("1.1.1 Audience", 3)
                .paragraph("Who reads this.")
                .plainHeading("2 Conformance", 1)
                .paragraph("What a conforming widget does.");

        Ingested ingested = read(pdf);

        assertThat(ingested.clauses()).extracting(SpecClause::number, SpecClause::title, SpecClause::level,
                        SpecClause::text, SpecClause::source)
                .containsExactly(
                        tuple("1", "General", 1, "The general rules.", "page 1"),
                        tuple("1.1", "Purpose", 2, "Why the widget protocol exists.", "page 1"),
                        tuple("1.1.1", "Audience", 3, "Who reads this.", "page 2"),
                        tuple("2", "Conformance", 1, "What a conforming widget does.", "page 2"));
    }

    @Test
    void theOutlineAndTheTypographyFindTheSameClauses() throws Exception {
        Ingested typographic = read(specification(false));
        Ingested outlined = read(specification(true));

        assertThat(outlined.clauses()).isEqualTo(typographic.clauses());
    }

    @Test
    void headersFootersPageNumbersAndTheContentsAreNotText() throws Exception {
        for (boolean bookmarks : new boolean[] {false, true}) {
            Ingested ingested = read(specification(bookmarks));

            assertThat(ingested.clauses()).allSatisfy(clause -> {
                assertThat(clause.text()).doesNotContain("Standards Track Draft").doesNotContainPattern("Page [0-9]+ of [0-9]+")
                        .doesNotContain("....");
                assertThat(clause.title()).doesNotContain("....");
            });
            assertThat(ingested.unplaced()).extracting(Ingested.Unplaced::what)
                    .noneMatch(what -> what.contains("Standards Track") || what.contains("...."));
        }
    }

    @Test
    void paragraphsHyphenationAndExamplesKeepTheirShape() throws Exception {
        List<SpecClause> clauses = read(specification(false)).clauses();

        assertThat(clauses.get(0).text()).isEqualTo("""
                This document specifies the widget protocol between a widget and its host. It covers every message \
                that either side may send.

                2 hosts are described elsewhere; this line is body text, not a heading.""");
        // "specifi-" + "cation" is one word; "well-" + "Known" keeps its hyphen (the next line starts upper-case)
        assertThat(clauses.get(1).text()).isEqualTo("Every message starts with a header. The precise specification"
                + " of the header follows in the next clause, and the well-Known field names are listed there.");
        assertThat(clauses.get(2).text()).isEqualTo("""
                A header holds the length and the type of the message:

                ```
                {
                  "length": 12,
                  "type": "hello"
                }
                ```

                The length counts the bytes after the header.""");
    }

    @Test
    void tableRowsStayLinesAndALabelSetApartStartsAParagraph() throws Exception {
        Ingested ingested = read(new TestPdf().page()
                .heading("1 References", 16, 0)
                .cells("[RFC2119]", "Bradner, S., Key words for use in RFCs to Indicate")
                .text("                                      Requirement Levels, March 1997.")
                .cells("[RFC3986]", "Berners-Lee, T., Uniform Resource Identifier, 2005.")
                .heading("2 Properties", 16, 0)
                .paragraph("The properties are:")
                .cells("Property", "Type", "Required")
                .cells("name", "string", "yes")
                .cells("size", "integer", "no"));

        assertThat(ingested.clauses()).extracting(SpecClause::text).containsExactly("""
                [RFC2119] Bradner, S., Key words for use in RFCs to Indicate Requirement Levels, March 1997.

                [RFC3986] Berners-Lee, T., Uniform Resource Identifier, 2005.""", """
                The properties are:

                Property | Type | Required
                name | string | yes
                size | integer | no""");
    }

    @Test
    void textBeforeTheFirstHeadingAndImagesAreReportedAsUnplaced() throws Exception {
        Ingested ingested = read(specification(false));

        // the title (4 words), the date (3) and the line under them (12); the contents page counts for nothing
        assertThat(ingested.unplaced()).extracting(Ingested.Unplaced::location).containsExactly("page 1", "page 4");
        assertThat(ingested.unplaced().get(0).what()).startsWith("19 words before the first heading");
        assertThat(ingested.unplaced().get(1).what()).startsWith("an image");
    }

    @Test
    void textWithoutAnyHeadingIsReportedRatherThanDropped() throws Exception {
        Ingested ingested = read(new TestPdf().page()
                .paragraph("A letter about the widget protocol, with no clause in it.")
                .page()
                .paragraph("Yours sincerely."));

        assertThat(ingested.clauses()).isEmpty();
        assertThat(ingested.unplaced()).singleElement().satisfies(unplaced -> {
            assertThat(unplaced.location()).isEqualTo("pages 1\u20132");
            assertThat(unplaced.what()).startsWith("13 words, and no heading found");
        });
    }

    @Test
    void aPdfWithOnlyAnImageHasNoTextLayer() throws Exception {
        Path file = tmp.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(document,
                    new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 72, 400, 400, 200);
            }
            document.save(file.toFile());
        }

        assertThatThrownBy(() -> reader.read(file, "scan.pdf")).isInstanceOf(IntakeException.class)
                .hasMessage("scan.pdf: has no text layer (a scanned PDF?): run OCR first");
    }

    @Test
    void aPdfThatNeedsAPasswordIsRefusedByName() throws Exception {
        Path plain = tmp.resolve("plain.pdf");
        specification(false).write(plain);
        Path file = tmp.resolve("locked.pdf");
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }

        assertThatThrownBy(() -> reader.read(file, "locked.pdf")).isInstanceOf(IntakeException.class)
                .hasMessageStartingWith("locked.pdf: ").hasMessageContaining("encrypted").hasMessageContaining("password");
    }

    @Test
    void aCorruptPdfIsRefusedByName() throws Exception {
        Path file = tmp.resolve("broken.pdf");
        Files.writeString(file, "%PDF-1.7\nthis is not the rest of a PDF\n");

        assertThatThrownBy(() -> reader.read(file, "broken.pdf")).isInstanceOf(IntakeException.class)
                .hasMessageStartingWith("broken.pdf: ");
    }

    private Ingested read(TestPdf pdf) throws IOException, IntakeException {
        Path file = tmp.resolve("spec-" + System.nanoTime() + ".pdf");
        pdf.write(file);
        return reader.read(file, file.getFileName().toString());
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
