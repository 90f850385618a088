package org.tadworkbench.intake.pdf;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of one clause as Markdown-ish text: lines joined into paragraphs (a paragraph ends where the spacing
 * between lines grows, at a list item, or at a page break after a full stop), words hyphenated across lines joined
 * again, bullets as "- ", runs of lines in a fixed-pitch font as fenced code with their indentation. A table is not
 * rebuilt: each row of three cells or more that PDFBox finds on one line stays a line of its own, its cells
 * separated by " | "; a label set apart from its text (a reference's tag) starts a paragraph.
 */
final class ClauseText {

    /** Lines further apart than this many font sizes belong to different paragraphs. */
    private static final float PARAGRAPH_GAP = 1.3f;
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\d{1,3}[.)]|[a-zA-Z][.)]|\\([0-9a-zA-Z]{1,4}\\)|-)\\s.*");
    private static final Pattern BULLET = Pattern.compile("^[\u2022\u25e6\u25aa\u25ab\u2023\u2043\u2219\u00b7\u25cf\u25cb"
            + "\u25a0\u25a1\u27a2\u25ba\u2013\u2014\u2212\u2713\u2714\uf000-\uf8ff*]\\s*");
    private static final Pattern URL_PART = Pattern.compile(".*(://|www\\.|[/@]).*");

    private final float bodySize;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder paragraph = new StringBuilder();
    private PdfLine previous;

    private ClauseText(float bodySize) {
        this.bodySize = bodySize;
    }

    static String of(List<PdfLine> lines, float bodySize) {
        ClauseText text = new ClauseText(bodySize);
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && isCode(lines, end, bodySize)) {
                end++;
            }
            if (end > i) {
                text.code(lines.subList(i, end));
                i = end;
            } else {
                text.prose(lines.get(i++));
            }
        }
        text.endParagraph();
        return text.out.toString();
    }

    /** Fixed-pitch lines smaller than the body text, or at least two in a row, are an example or a listing. */
    private static boolean isCode(List<PdfLine> lines, int i, float bodySize) {
        PdfLine line = lines.get(i);
        if (!line.mono()) {
            return false;
        }
        return line.size() < bodySize - 0.25f || i + 1 < lines.size() && lines.get(i + 1).mono()
                || i > 0 && lines.get(i - 1).mono();
    }

    private void code(List<PdfLine> block) {
        endParagraph();
        float left = Float.MAX_VALUE;
        for (PdfLine line : block) {
            left = Math.min(left, line.x());
        }
        out.append("```\n");
        PdfLine before = null;
        for (PdfLine line : block) {
            if (before != null && line.page() == before.page() && line.y() - before.y() > line.size() * 1.8f) {
                out.append('\n');
            }
            int indent = Math.round((line.x() - left) / Math.max(line.glyphWidth(), 1f));
            out.append(" ".repeat(Math.max(indent, 0))).append(line.text().replace("\t", "  ")).append('\n');
            before = line;
        }
        out.append("```\n\n");
        previous = null;
    }

    private void prose(PdfLine line) {
        String[] cells = line.text().strip().split("\\s*\t\\s*");
        if (cells.length > 2) {
            // a row of a table (or of anything set in columns): a line of its own
            endParagraph();
            out.append(String.join(" | ", cells)).append('\n');
            return;
        }
        String text = line.words();
        Matcher bullet = BULLET.matcher(text);
        boolean listItem = false;
        if (bullet.lookingAt() && bullet.end() < text.length()) {
            text = "- " + text.substring(bullet.end());
            listItem = true;
        }
        // a label set apart from its text ("[RFC2119]   Bradner, S., ...", "NOTE:   ...") starts a paragraph
        listItem |= cells.length == 2 || LIST_ITEM.matcher(text).matches();
        if (previous == null || listItem || startsParagraph(previous, line)) {
            endParagraph();
            paragraph.append(text);
        } else {
            join(text);
        }
        previous = line;
    }

    private boolean startsParagraph(PdfLine before, PdfLine line) {
        if (line.page() != before.page()) {
            String last = paragraph.toString();
            return last.matches("(?s).*[.:!?]$") && !Character.isLowerCase(line.words().charAt(0));
        }
        float gap = line.y() - before.y();
        return gap < 0 || gap > PARAGRAPH_GAP * Math.max(Math.max(line.size(), before.size()), bodySize * 0.5f);
    }

    /** Joins a line to the paragraph: a word hyphenated across the line break is one word again. */
    private void join(String text) {
        int end = paragraph.length();
        if (end > 1 && paragraph.charAt(end - 1) == '-' && Character.isLetter(paragraph.charAt(end - 2))) {
            int wordStart = paragraph.lastIndexOf(" ") + 1;
            String fragment = paragraph.substring(wordStart);
            if (Character.isLowerCase(text.codePointAt(0)) && !URL_PART.matcher(fragment).matches()) {
                paragraph.setLength(end - 1);
            }
            paragraph.append(text);
        } else {
            paragraph.append(' ').append(text);
        }
    }

    private void endParagraph() {
        if (paragraph.length() > 0) {
            out.append(paragraph).append("\n\n");
            paragraph.setLength(0);
        }
        previous = null;
    }
}
