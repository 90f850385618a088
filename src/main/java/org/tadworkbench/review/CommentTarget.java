package org.tadworkbench.review;

/**
 * What a comment is about. The target reference says which one: a section number ({@code 4.2.1}) for a section, the
 * section number and the paragraph's 1-based index ({@code 4.2.1#3}) for a paragraph, a view id for a figure, and
 * nothing for the whole document.
 */
public enum CommentTarget {
    DOCUMENT, SECTION, PARAGRAPH, FIGURE;

    /** The reference of paragraph {@code paragraph} (from 1) of section {@code section}: {@code 4.2.1#3}. */
    public static String paragraphRef(String section, int paragraph) {
        return section + "#" + paragraph;
    }

    /** The section of a section or paragraph reference: {@code 4.2.1} of {@code 4.2.1#3} or of {@code 4.2.1}. */
    public static String sectionOf(String ref) {
        int hash = ref.indexOf('#');
        return hash < 0 ? ref : ref.substring(0, hash);
    }

    /** The paragraph of a paragraph reference, from 1: {@code 3} of {@code 4.2.1#3}; 0 for a section reference. */
    public static int paragraphOf(String ref) {
        int hash = ref.indexOf('#');
        return hash < 0 ? 0 : Integer.parseInt(ref.substring(hash + 1));
    }
}
