package org.tadworkbench.intake.pdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The table of contents, which is not text of the specification: entries with dot leaders and a page number, and
 * everything from a "Table of Contents" title to the first heading.
 */
final class TableOfContents {

    private static final Pattern LEADER = Pattern.compile(
            "(?:\\.\\s?){4,}\\s*\\(?[0-9ivxlcdm]+\\)?$|\u2026{2,}\\s*[0-9ivxlcdm]+$|\\s(?:_{4,}|\u00b7{4,})\\s*\\d+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile(
            "^(table of )?contents:?$|^inhalt(sverzeichnis)?:?$|^table des mati\u00e8res:?$");

    private TableOfContents() {
    }

    /** An entry of a table of contents (or of a list of figures or tables): dot leaders, then a page number. */
    static boolean isEntry(PdfLine line) {
        String words = line.words();
        return (words.contains("....") || words.contains(". . . .") || words.contains("\u2026\u2026")
                || words.contains("____") || words.contains("\u00b7\u00b7\u00b7\u00b7"))
                && LEADER.matcher(words).find();
    }

    /** The pages that hold a table of contents (or a list of figures): three entries or more. */
    static Set<Integer> pages(List<PdfLine> lines) {
        Map<Integer, Integer> entries = new HashMap<>();
        for (PdfLine line : lines) {
            if (isEntry(line)) {
                entries.merge(line.page(), 1, Integer::sum);
            }
        }
        Set<Integer> pages = new HashSet<>();
        entries.forEach((page, count) -> {
            if (count >= 3) {
                pages.add(page);
            }
        });
        return pages;
    }

    /** The title that opens a table of contents. */
    static boolean isTitle(PdfLine line) {
        return TITLE.matcher(line.words().toLowerCase(Locale.ROOT)).matches();
    }
}
