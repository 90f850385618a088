package org.tadworkbench.word;

/**
 * One tracked change in the body, in document order. {@code paragraph} is the {@link Paragraph#index()} of the body
 * paragraph it is in (for a change that removes a paragraph in the view read, the paragraph its text runs on into).
 * {@code text} is the text inserted, deleted or moved ("" for formatting changes and paragraph marks); {@code date}
 * is as Word wrote it, or null.
 */
public record TrackedChange(Kind kind, String author, String date, int paragraph, String text) {

    public enum Kind {
        INSERTION, DELETION, MOVE_FROM, MOVE_TO,
        /** A paragraph mark inserted or deleted (w:pPr/w:rPr/w:ins|w:del): paragraphs split or joined. */
        PARAGRAPH_INSERTED, PARAGRAPH_DELETED,
        /** A table row inserted or deleted (w:trPr/w:ins|w:del); the text is the row's cells, tab-separated. */
        ROW_INSERTED, ROW_DELETED,
        /** Run or paragraph formatting changed (w:rPrChange, w:pPrChange). */
        FORMATTING
    }
}
