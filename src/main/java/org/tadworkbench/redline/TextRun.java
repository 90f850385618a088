package org.tadworkbench.redline;

/**
 * A stretch of compared text. In body text, paragraphs are separated by {@link #PARAGRAPH_BREAK}; a break inside an
 * inserted or deleted run is a paragraph boundary that only the new or only the old version has. A table is one
 * paragraph in which {@link #TABLE_ROW} starts each row (the first is the heading row) and {@link #TABLE_CELL}
 * separates its cells; a marker inside an inserted or deleted run is a row or cell only one version has.
 */
public record TextRun(RunKind kind, String text) {

    public static final String PARAGRAPH_BREAK = "\n\n";
    /** Private-use characters, never in the compared text otherwise: {@code PlainText} removes them from bodies. */
    public static final String TABLE_ROW = "\uE000";
    public static final String TABLE_CELL = "\uE001";

    public TextRun {
        if (kind == null || text == null) {
            throw new IllegalArgumentException("a run needs a kind and text");
        }
    }
}
