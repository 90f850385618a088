package org.tadworkbench.word;

import java.util.List;

/**
 * One paragraph. {@code index} counts the document's paragraphs from 1 in reading order (table cells included, left
 * out ones not), which is how a paragraph is located for a user. {@code outlineLevel} is 0-8 as Word's navigation
 * pane shows it (from the paragraph or, through {@code basedOn}, its style), or -1 for body text. {@code label} is the
 * list or heading number Word displays in front of the text, or null. {@code monospace} says the paragraph's style
 * sets a fixed-pitch font (code examples).
 */
public record Paragraph(int index, String styleId, String styleName, int outlineLevel, ListLabel label,
                        List<Inline> content, List<String> bookmarks, boolean monospace) implements Block {
    public Paragraph {
        content = List.copyOf(content);
        bookmarks = List.copyOf(bookmarks);
    }

    /** The paragraph's text as read: runs' text joined, note references and embedded objects left out. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Inline inline : content) {
            if (inline instanceof Inline.Text t) {
                out.append(t.text());
            }
        }
        return out.toString();
    }

    public boolean isHeading() {
        return outlineLevel >= 0 && outlineLevel <= 8;
    }
}
