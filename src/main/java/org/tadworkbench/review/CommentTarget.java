package org.tadworkbench.review;

/**
 * What a comment is about. The target reference says which one: a section number ({@code 4.2.1}) for a section, the
 * section number and the paragraph's 1-based index ({@code 4.2.1#3}) for a paragraph, a view id for a figure, and
 * nothing for the whole document.
 */
public enum CommentTarget {
    DOCUMENT, SECTION, PARAGRAPH, FIGURE
}
