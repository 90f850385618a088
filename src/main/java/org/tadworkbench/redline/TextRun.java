package org.tadworkbench.redline;

/**
 * A stretch of compared text. In body text, paragraphs are separated by {@link #PARAGRAPH_BREAK}; a break inside an
 * inserted or deleted run is a paragraph boundary that only the new or only the old version has.
 */
public record TextRun(RunKind kind, String text) {

    public static final String PARAGRAPH_BREAK = "\n\n";

    public TextRun {
        if (kind == null || text == null) {
            throw new IllegalArgumentException("a run needs a kind and text");
        }
    }
}
