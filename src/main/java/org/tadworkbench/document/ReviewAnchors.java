package org.tadworkbench.document;

/**
 * The names of the bookmarks a reviewer copy carries, so that a copy that comes back marked up is placed exactly:
 * one per section ({@code sec_4_2_1_7}, the heading's bookmark, which the published DOCX also has) and one per
 * paragraph as {@link Paragraphs} numbers them ({@code sec_4_2_1_7_p3} for {@code 4.2.1.7#3}). Word bookmark names
 * allow only letters, digits and underscores. The copy also names its workspace and version in two custom document
 * properties, so an import knows which version it was made from.
 */
public final class ReviewAnchors {

    /** Custom document property: the workspace id the copy was made from. */
    public static final String WORKSPACE_PROPERTY = "TadWorkspace";
    /** Custom document property: the version the copy shows. */
    public static final String VERSION_PROPERTY = "TadVersion";

    private ReviewAnchors() {
    }

    /** The bookmark on the heading of section {@code number}. */
    public static String section(String number) {
        return ("sec-" + number.replace('.', '-')).replaceAll("[^A-Za-z0-9_]", "_");
    }

    /** The bookmark at the start of paragraph {@code paragraph} (from 1) of section {@code number}. */
    public static String paragraph(String number, int paragraph) {
        return section(number) + "_p" + paragraph;
    }
}
