package org.tadworkbench.spec;

import java.util.Objects;

/**
 * One clause of an ingested specification version: its number as the document shows it ("3.14.23", "A.1", or ""
 * when the heading has none), its title, its level (1 for a top-level clause), its own text as Markdown (tables
 * kept; the text of sub-clauses belongs to them, not to this one) and where it came from ("page 57", "#anchor",
 * "line 812"), so that a reader can find it in the original.
 */
public record SpecClause(String number, String title, int level, String text, String source) {

    public SpecClause {
        number = Objects.requireNonNullElse(number, "");
        title = Objects.requireNonNullElse(title, "");
        text = Objects.requireNonNullElse(text, "");
    }

    /** "3.14.23 results property", or the title alone for an unnumbered clause. */
    public String label() {
        return number.isEmpty() ? title : number + " " + title;
    }

    /** Control characters other than the line feed; compiled once, as tidy runs on every line of every clause. */
    private static final java.util.regex.Pattern CONTROL_CHARACTERS = java.util.regex.Pattern.compile("[\\p{Cc}&&[^\\n]]");

    /**
     * Text in the one form the workspace keeps: lines without trailing blanks, tabs as four spaces, no carriage
     * returns, no blank lines at either end and never more than one blank line in a row. Every reader stores its
     * text through this, so a file re-read gives the same clause and the workspace file stays a literal block.
     */
    public static String tidy(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean blank = false;
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').replace("\t", "    ").split("\n", -1)) {
            String kept = CONTROL_CHARACTERS.matcher(line.stripTrailing()).replaceAll("")
                    .replace('\u2028', ' ').replace('\u2029', ' ').replace('\u0085', ' ').replace("\uFEFF", "");
            if (kept.isEmpty()) {
                blank = out.length() > 0;
                continue;
            }
            if (blank) {
                out.append('\n');
                blank = false;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(kept);
        }
        return out.toString();
    }
}
