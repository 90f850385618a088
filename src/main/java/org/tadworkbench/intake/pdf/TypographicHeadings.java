package org.tadworkbench.intake.pdf;

import org.tadworkbench.intake.HeadingNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Headings of a PDF without an outline: a line that starts with a clause number ("3.14.23 results property",
 * "Appendix A. Title", "A.1 Title") set larger or bolder than the body text. A title that wraps continues on the
 * next lines in the same font. Lines on a page that holds a table of contents are never headings.
 */
final class TypographicHeadings {

    private static final int MAX_TITLE = 160;
    private static final int MAX_HEADING_LINES = 3;

    private TypographicHeadings() {
    }

    static List<PdfHeading> find(List<PdfLine> lines, float bodySize, Set<Integer> contentsPages) {
        List<PdfHeading> headings = new ArrayList<>();
        int chapter = 0;
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            if (contentsPages.contains(line.page()) || !looksLikeHeading(line, bodySize)) {
                continue;
            }
            Optional<HeadingNumber> numbered = HeadingNumber.numbered(line.words());
            if (numbered.isEmpty() || !follows(numbered.get().number(), chapter)) {
                continue;
            }
            chapter = chapterOf(numbered.get().number(), chapter);
            StringBuilder title = new StringBuilder(numbered.get().title());
            int taken = 1;
            while (taken < MAX_HEADING_LINES && i + taken < lines.size()
                    && continues(line, lines.get(i + taken - 1), lines.get(i + taken))) {
                title.append(' ').append(lines.get(i + taken).words());
                taken++;
            }
            HeadingNumber heading = new HeadingNumber(numbered.get().number(), title.toString());
            headings.add(new PdfHeading(heading.number(), heading.title(), Math.max(1, heading.depth()), line.page(), i,
                    taken));
            i += taken - 1;
        }
        return headings;
    }

    /**
     * Numbered clauses come in order: a decimal number starts in the current chapter or the next one, so a bold
     * date ("30 April 2019") on a title page or a bold numbered list item is not taken for a heading.
     */
    private static boolean follows(String number, int chapter) {
        int dot = number.indexOf('.');
        String first = dot < 0 ? number : number.substring(0, dot);
        if (!Character.isDigit(first.charAt(0))) {
            return true;
        }
        int top = Integer.parseInt(first);
        return top == chapter || top == chapter + 1;
    }

    private static int chapterOf(String number, int chapter) {
        int dot = number.indexOf('.');
        String first = dot < 0 ? number : number.substring(0, dot);
        return Character.isDigit(first.charAt(0)) ? Integer.parseInt(first) : chapter;
    }

    private static boolean looksLikeHeading(PdfLine line, float bodySize) {
        return !line.mono() && line.words().length() <= MAX_TITLE && line.size() >= bodySize - 0.25f
                && (line.bold() || line.size() >= bodySize + 1f);
    }

    /** The next line carries on a heading's title: same page, same font, close below, not a heading itself. */
    private static boolean continues(PdfLine heading, PdfLine previous, PdfLine next) {
        return next.page() == heading.page() && next.bold() == heading.bold()
                && Math.abs(next.size() - heading.size()) < 0.5f
                && next.y() > previous.y() && next.y() - previous.y() < heading.size() * 1.5f
                && HeadingNumber.numbered(next.words()).isEmpty() && !TableOfContents.isEntry(next);
    }

    /** The font size most of the text is set in. */
    static float bodySize(List<PdfLine> lines) {
        Map<Float, Integer> chars = new HashMap<>();
        for (PdfLine line : lines) {
            chars.merge(line.size(), line.text().length(), Integer::sum);
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
    }
}
