package org.tadworkbench.word;

/**
 * A reviewer's comment in a Word file (word/comments.xml), placed in the body. {@code id} is the comment's w:id;
 * {@code date} is as Word wrote it (ISO 8601, often without a zone), or null. {@code text} is the comment's own text,
 * its paragraphs separated by a blank line. {@code paragraph} is the {@link Paragraph#index()} of the body paragraph
 * where the comment's range starts (or, without a range, where it is referenced), 0 when the body never mentions
 * it. {@code quote} is the body text its range covers, paragraphs separated by "\n" ("" without a range).
 * {@code parentId} is the id of the comment this one replies to (word/commentsExtended.xml), or null; {@code done}
 * says the thread was marked resolved. {@code durableId} (word/commentsIds.xml) and {@code dateUtc}
 * (word/commentsExtensible.xml, the date with its zone, where Word 2016+ keeps it) are null when the file lacks them.
 */
public record WordComment(String id, String author, String initials, String date, String text, int paragraph,
                          String quote, String parentId, boolean done, String durableId, String dateUtc) {

    public boolean isReply() {
        return parentId != null;
    }

    public boolean placed() {
        return paragraph > 0;
    }
}
