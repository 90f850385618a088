package org.tadworkbench.intake.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Writes a paginated specification the way word processors print one: a running header and a "Page N of M" footer
 * on every page, lines set at their own font and size, and, when asked, an outline with a bookmark for each
 * heading.
 */
final class TestPdf {

    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final PDType1Font MONO = new PDType1Font(Standard14Fonts.FontName.COURIER);
    static final String HEADER = "Widget Protocol Standards Track Draft Copyright \u00a9 OASIS Open 2018. All Rights Reserved.";

    private record Line(PDType1Font font, float size, String text, float x, float gapBefore, int bookmarkLevel,
            List<String> cells) {
        Line(PDType1Font font, float size, String text, float x, float gapBefore, int bookmarkLevel) {
            this(font, size, text, x, gapBefore, bookmarkLevel, List.of());
        }
    }

    private final List<List<Line>> pages = new ArrayList<>();
    private final List<Integer> pagesWithImage = new ArrayList<>();

    TestPdf page() {
        pages.add(new ArrayList<>());
        return this;
    }

    /** A picture (a figure) on the current page, below its text. */
    TestPdf image() {
        pagesWithImage.add(pages.size() - 1);
        return this;
    }

    /** A body line at the left margin, one line below the last. */
    TestPdf text(String text) {
        return add(new Line(REGULAR, 10, text, 72, 0, 0));
    }

    /** A body line that opens a new paragraph (half a line further down). */
    TestPdf paragraph(String text) {
        return add(new Line(REGULAR, 10, text, 72, 6, 0));
    }

    TestPdf code(String text) {
        return add(new Line(MONO, 9, text, 90, 0, 0));
    }

    /** A heading in bold, larger than the body, with a bookmark at the given outline level (0: none). */
    TestPdf heading(String text, float size, int bookmarkLevel) {
        return add(new Line(BOLD, size, text, 72, 14, bookmarkLevel));
    }

    /** A heading set like body text, which only its bookmark can tell from a paragraph. */
    TestPdf plainHeading(String text, int bookmarkLevel) {
        return add(new Line(REGULAR, 10, text, 72, 14, bookmarkLevel));
    }

    /** Body text set in columns, each cell 130 points right of the last (a table row, or a label and its text). */
    TestPdf cells(String... cells) {
        return add(new Line(REGULAR, 10, "", 72, 0, 0, List.of(cells)));
    }

    TestPdf line(PDType1Font font, float size, String text) {
        return add(new Line(font, size, text, 72, 0, 0));
    }

    private TestPdf add(Line line) {
        pages.get(pages.size() - 1).add(line);
        return this;
    }

    void write(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentOutline outline = new PDDocumentOutline();
            List<PDOutlineNode> parents = new ArrayList<>(List.of(outline));
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    show(content, REGULAR, 8, 72, height - 40, HEADER);
                    show(content, REGULAR, 8, 480, height - 760, "Page " + (p + 1) + " of " + pages.size());
                    if (pagesWithImage.contains(p)) {
                        PDImageXObject image = LosslessFactory.createFromImage(document,
                                new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB));
                        content.drawImage(image, 72, 120, 120, 80);
                    }
                    float y = height - 80;
                    for (Line line : pages.get(p)) {
                        y -= line.gapBefore() + line.size() * 1.2f;
                        show(content, line.font(), line.size(), line.x(), y, line.text());
                        for (int c = 0; c < line.cells().size(); c++) {
                            show(content, line.font(), line.size(), line.x() + 130 * c, y, line.cells().get(c));
                        }
                        if (line.bookmarkLevel() > 0) {
                            PDPageXYZDestination destination = new PDPageXYZDestination();
                            destination.setPage(page);
                            destination.setTop((int) (y + line.size() + 2));
                            PDOutlineItem item = new PDOutlineItem();
                            item.setTitle(line.text());
                            item.setDestination(destination);
                            while (parents.size() > line.bookmarkLevel()) {
                                parents.remove(parents.size() - 1);
                            }
                            parents.get(parents.size() - 1).addLast(item);
                            parents.add(item);
                        }
                    }
                }
            }
            if (outline.hasChildren()) {
                document.getDocumentCatalog().setDocumentOutline(outline);
            }
            document.save(file.toFile());
        }
    }

    private static void show(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
