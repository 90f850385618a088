package org.tadworkbench.intake.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Running headers and footers and page numbers: lines in the top or bottom margin of a page whose text (with its
 * numbers ignored, so "Page 12 of 224" and "Page 13 of 224" count as one) comes back at the same height on many
 * pages, and lone page numbers in a margin. They are not part of any clause.
 */
final class PageFurniture {

    /** A margin line is furniture when it repeats at its height on at least this share of the pages. */
    private static final double SHARE_OF_PAGES = 0.25;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(page )?# ?((of|/) ?#)?$|^[-\u2013\u2014] ?# ?[-\u2013\u2014]$|^[ivxlcdm]{1,7}$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PageFurniture() {
    }

    /** The lines that are not page furniture, in their order. */
    static List<PdfLine> remove(List<PdfLine> lines, int pages) {
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        for (PdfLine line : lines) {
            if (line.inMargin()) {
                pagesOf.computeIfAbsent(key(line), k -> new HashSet<>()).add(line.page());
            }
        }
        int enough = Math.max(2, (int) Math.ceil(pages * SHARE_OF_PAGES));
        List<PdfLine> kept = new ArrayList<>(lines.size());
        for (PdfLine line : lines) {
            if (!line.inMargin() || !(repeated(pagesOf, line, enough) || PAGE_NUMBER.matcher(shape(line)).matches())) {
                kept.add(line);
            }
        }
        return kept;
    }

    /** Repeated at this height or a point above or below it (rounding). */
    private static boolean repeated(Map<String, Set<Integer>> pagesOf, PdfLine line, int enough) {
        String shape = shape(line);
        int y = Math.round(line.y());
        Set<Integer> pages = new HashSet<>();
        for (int dy = -1; dy <= 1; dy++) {
            pages.addAll(pagesOf.getOrDefault(shape + "@" + (y + dy), Set.of()));
        }
        return pages.size() >= enough;
    }

    private static String key(PdfLine line) {
        return shape(line) + "@" + Math.round(line.y());
    }

    /** The text in lower case with every number as "#". */
    private static String shape(PdfLine line) {
        return DIGITS.matcher(line.words().toLowerCase(Locale.ROOT)).replaceAll("#");
    }
}
