package org.tadworkbench.intake.pdf;

import org.tadworkbench.intake.HeadingNumber;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitRectangleDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.tadworkbench.intake.Ingested;

/**
 * Headings from the PDF's outline (its bookmarks), which the program that wrote it made from the document's own
 * headings: each bookmark gives the title, the level (its depth) and the page and height it points to, where the
 * heading's lines are found among the page's lines so that they do not count as clause text.
 */
final class OutlineHeadings {

    /** Bookmarks deeper or more numerous than this are not a document's headings (or a loop in a broken file). */
    private static final int MAX_DEPTH = 12;
    private static final int MAX_ITEMS = 20_000;
    /** A heading's text may wrap over this many lines. */
    private static final int MAX_HEADING_LINES = 4;
    /** A bookmark points a little above its heading's baseline. */
    private static final float ABOVE = 4f;

    private final PDDocument document;
    private final List<PdfLine> lines;
    private final int[] firstLineOfPage;
    private final Map<COSDictionary, Integer> pageIndex = new IdentityHashMap<>();
    private final Set<Integer> claimed = new HashSet<>();
    private final List<Bookmark> bookmarks = new ArrayList<>();

    private record Bookmark(String title, int level, int page, float y) {
    }

    private OutlineHeadings(PDDocument document, List<PdfLine> lines) {
        this.document = document;
        this.lines = lines;
        int pages = document.getNumberOfPages();
        firstLineOfPage = new int[pages + 2];
        int i = 0;
        for (int page = 1; page <= pages + 1; page++) {
            while (i < lines.size() && lines.get(i).page() < page) {
                i++;
            }
            firstLineOfPage[page] = i;
        }
        int index = 0;
        for (PDPage page : document.getPages()) {
            pageIndex.put(page.getCOSObject(), index++);
        }
    }

    /**
     * The headings the outline names, in document order, or an empty list when the document has fewer than two
     * bookmarks that point into it. A bookmark that points nowhere is reported in {@code unplaced}.
     */
    static List<PdfHeading> find(PDDocument document, List<PdfLine> lines, List<Ingested.Unplaced> unplaced)
            throws IOException {
        PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
        if (outline == null) {
            return List.of();
        }
        OutlineHeadings finder = new OutlineHeadings(document, lines);
        List<Ingested.Unplaced> lost = new ArrayList<>();
        finder.collect(outline, 1, lost);
        if (finder.bookmarks.size() < 2) {
            return List.of();
        }
        unplaced.addAll(lost);
        List<PdfHeading> headings = new ArrayList<>();
        for (Bookmark bookmark : finder.bookmarks) {
            headings.add(finder.place(bookmark));
        }
        headings.sort(Comparator.comparingInt(PdfHeading::line));
        return headings;
    }

    private void collect(PDOutlineNode node, int depth, List<Ingested.Unplaced> lost) throws IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            if (bookmarks.size() + lost.size() >= MAX_ITEMS) {
                return;
            }
            String title = item.getTitle() == null ? "" : item.getTitle().replaceAll("\\s+", " ").strip();
            Bookmark bookmark = title.isEmpty() ? null : resolve(item, title, depth);
            if (bookmark != null) {
                bookmarks.add(bookmark);
            } else if (!title.isEmpty()) {
                lost.add(new Ingested.Unplaced("bookmark \"" + title + "\"",
                        "points to no page of this document; not used as a heading"));
            }
            collect(item, depth + 1, lost);
        }
    }

    private Bookmark resolve(PDOutlineItem item, String title, int depth) throws IOException {
        PDDestination destination = item.getDestination();
        if (destination == null && item.getAction() instanceof PDActionGoTo goTo) {
            destination = goTo.getDestination();
        }
        if (destination instanceof PDNamedDestination named) {
            destination = document.getDocumentCatalog().findNamedDestinationPage(named);
        }
        if (!(destination instanceof PDPageDestination target)) {
            return null;
        }
        Integer index = target.getPage() != null ? pageIndex.get(target.getPage().getCOSObject())
                : target.getPageNumber() >= 0 && target.getPageNumber() < pageIndex.size() ? target.getPageNumber()
                : null;
        if (index == null) {
            return null;
        }
        PDPage page = document.getPage(index);
        int top = target instanceof PDPageXYZDestination xyz ? xyz.getTop()
                : target instanceof PDPageFitWidthDestination width ? width.getTop()
                : target instanceof PDPageFitRectangleDestination rectangle ? rectangle.getTop() : -1;
        float y = top < 0 ? 0 : page.getCropBox().getUpperRightY() - top;
        return new Bookmark(title, depth, index + 1, y);
    }

    private PdfHeading place(Bookmark bookmark) {
        HeadingNumber named = HeadingNumber.split(bookmark.title());
        String wanted = compact(bookmark.title());
        int from = firstLineOfPage[bookmark.page()];
        int to = firstLineOfPage[bookmark.page() + 1];
        int at = from;
        while (at < to && lines.get(at).y() < bookmark.y() - ABOVE) {
            at++;
        }
        // near the height the bookmark points to first, then anywhere on its page
        for (int start : new int[] {at, from}) {
            for (int i = start; i < to; i++) {
                int taken = match(i, to, wanted);
                if (taken > 0) {
                    for (int k = i; k < i + taken; k++) {
                        claimed.add(k);
                    }
                    return new PdfHeading(named.number(), named.title(), bookmark.level(), bookmark.page(), i, taken);
                }
            }
        }
        return new PdfHeading(named.number(), named.title(), bookmark.level(), bookmark.page(), at, 0);
    }

    /** How many lines from {@code i} spell {@code target} exactly (spaces aside), or 0. */
    private int match(int i, int to, String target) {
        if (target.isEmpty()) {
            return 0;
        }
        StringBuilder spelled = new StringBuilder();
        for (int k = i; k < to && k < i + MAX_HEADING_LINES; k++) {
            if (claimed.contains(k)) {
                return 0;
            }
            spelled.append(compact(lines.get(k).text()));
            if (spelled.length() == 0 || !target.startsWith(spelled.toString())) {
                return 0;
            }
            if (spelled.length() == target.length()) {
                return k - i + 1;
            }
        }
        return 0;
    }

    /** Text with no white space, in lower case, for comparing a bookmark's title with a heading's lines. */
    static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u00a0' && c != '\u00ad')
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
