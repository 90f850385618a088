package org.tadworkbench.intake.pdf;

/**
 * One line of text as it sits on a page: its page (from 1), the baseline's distance from the top of the page and
 * the left edge (points), where it ends, the font size most of its glyphs have, whether (nearly) all of them are
 * bold or in a fixed-pitch font, the average glyph width and the text itself (and its words
 * with single spaces between them). A gap much wider than a space between
 * two words (a table's column) is kept as a tab.
 */
record PdfLine(int page, float pageHeight, float y, float x, float endX, float size, boolean bold, boolean mono,
        float glyphWidth, String text, String words) {

    PdfLine(int page, float pageHeight, float y, float x, float endX, float size, boolean bold, boolean mono,
            float glyphWidth, String text) {
        this(page, pageHeight, y, x, endX, size, bold, mono, glyphWidth, text, wordsOf(text));
    }

    /** The text without its tabs and runs of blanks, for comparisons. */
    private static String wordsOf(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean blank = c == ' ' || c == '\t' || c == '\u00a0';
            if (!blank) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().stripTrailing();
    }

    /** In the top or bottom eighth of its page, where running headers, footers and page numbers sit. */
    boolean inMargin() {
        return y < pageHeight * 0.12f || y > pageHeight * 0.88f;
    }
}
