package org.tadworkbench.publish.html;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.tadworkbench.document.MarkdownDialect;

/** The caption of a table, moved inside the table by {@link #attach}; its children are the caption's inlines. */
public final class TableCaption extends CustomNode {

    /** Moves the table's caption paragraph (if it has one) inside the table, where it is written as {@code <caption>}. */
    public static void attach(TableBlock table) {
        Paragraph caption = MarkdownDialect.captionOf(table);
        if (caption != null) {
            TableCaption moved = new TableCaption();
            for (Node child = caption.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                moved.appendChild(child);
                child = next;
            }
            caption.unlink();
            table.prependChild(moved);
        }
    }
}
