package org.tadworkbench.intake.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.tadworkbench.intake.Ingested;
import org.tadworkbench.intake.IntakeException;
import org.tadworkbench.intake.SpecReader;
import org.tadworkbench.spec.SpecClause;

/**
 * Reads a specification in PDF form into clauses. The text comes with its positions and fonts (PDFBox); the
 * headings come from the outline (bookmarks) when the PDF has one, else from lines that start with a clause number
 * in a larger or bolder font. Running headers and footers, page numbers and the table of contents are left out,
 * words hyphenated across lines are joined, and text before the first heading is reported as unplaced. Tables are
 * not rebuilt: a row stays a plain line, so the reader counts no tables.
 */
public final class PdfSpecReader implements SpecReader {

    @Override
    public Ingested read(Path file, String displayName) throws IntakeException {
        try (PDDocument document = open(file, displayName)) {
            if (document.getNumberOfPages() == 0) {
                throw new IntakeException(displayName + ": the PDF has no pages");
            }
            List<PdfLine> all = PdfLineStripper.lines(file, document);
            if (all.isEmpty()) {
                throw new IntakeException(displayName + ": has no text layer (a scanned PDF?): run OCR first");
            }
            List<Ingested.Unplaced> unplaced = new ArrayList<>();
            List<PdfLine> kept = PageFurniture.remove(all, document.getNumberOfPages());
            Set<Integer> contentsPages = TableOfContents.pages(kept);
            List<PdfLine> lines = kept.stream().filter(line -> !TableOfContents.isEntry(line)).toList();
            float bodySize = TypographicHeadings.bodySize(lines);
            List<PdfHeading> headings = OutlineHeadings.find(document, lines, unplaced);
            if (headings.isEmpty()) {
                headings = TypographicHeadings.find(lines, bodySize, contentsPages);
            }
            unplaced.addAll(PdfImages.of(document));
            return assemble(lines, headings, bodySize, unplaced, textless(all, document.getNumberOfPages()));
        } catch (IOException | RuntimeException e) {
            throw new IntakeException(displayName + ": cannot read this PDF (" + reason(e) + ")", e);
        }
    }

    private static PDDocument open(Path file, String displayName) throws IntakeException {
        try {
            return Loader.loadPDF(file.toFile());
        } catch (InvalidPasswordException e) {
            throw new IntakeException(displayName
                    + ": the PDF is encrypted and needs a password to open: save a copy without the password and"
                    + " ingest that", e);
        } catch (IOException | RuntimeException e) {
            throw new IntakeException(displayName + ": is not a readable PDF (" + reason(e) + ")", e);
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Ingested assemble(List<PdfLine> lines, List<PdfHeading> headings, float bodySize,
            List<Ingested.Unplaced> unplaced, List<Ingested.Unplaced> textless) {
        List<Ingested.Unplaced> report = new ArrayList<>();
        int first = headings.isEmpty() ? lines.size() : headings.get(0).line();
        frontMatter(lines.subList(0, first), headings.isEmpty()).ifPresent(report::add);
        report.addAll(textless);
        report.addAll(unplaced);
        List<SpecClause> clauses = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            PdfHeading heading = headings.get(h);
            int start = Math.min(heading.line() + heading.lines(), lines.size());
            int end = h + 1 < headings.size() ? Math.max(headings.get(h + 1).line(), start) : lines.size();
            clauses.add(new SpecClause(heading.number(), heading.title(), heading.level(),
                    SpecClause.tidy(ClauseText.of(lines.subList(start, end), bodySize)), "page " + heading.page()));
        }
        return new Ingested(clauses, 0, report);
    }

    /**
     * What precedes the first heading, table of contents aside: a title page, notices, a foreword; or all the text
     * when no heading was found.
     */
    private static Optional<Ingested.Unplaced> frontMatter(List<PdfLine> lines, boolean noHeading) {
        TreeSet<Integer> pages = new TreeSet<>();
        int words = 0;
        boolean contents = false;
        for (PdfLine line : lines) {
            contents |= TableOfContents.isTitle(line);
            if (contents) {
                continue;
            }
            pages.add(line.page());
            words += line.words().split("\\s+").length;
        }
        if (pages.isEmpty()) {
            return Optional.empty();
        }
        String where = pages.first().equals(pages.last()) ? "page " + pages.first()
                : "pages " + pages.first() + "\u2013" + pages.last();
        return Optional.of(new Ingested.Unplaced(where, noHeading
                ? words + " words, and no heading found: the PDF has no outline and no numbered line set larger or"
                        + " bolder than its text"
                : words + " words before the first heading (title page, notices, foreword); not part of any clause"));
    }

    /** Pages on which PDFBox found no text at all: a scanned or drawn page, or an empty one. */
    private static List<Ingested.Unplaced> textless(List<PdfLine> lines, int pages) {
        boolean[] text = new boolean[pages + 1];
        for (PdfLine line : lines) {
            text[line.page()] = true;
        }
        List<Ingested.Unplaced> out = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            if (!text[page]) {
                out.add(new Ingested.Unplaced("page " + page, "no text on this page (an image, a scan or blank)"));
            }
        }
        return out;
    }
}
