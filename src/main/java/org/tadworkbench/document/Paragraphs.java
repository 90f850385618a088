package org.tadworkbench.document;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * What a "paragraph" of a section is, for comments on paragraph {@code 4.2.1#3} and the numbers beside the text:
 * every top-level block of the section body counts as one, in order from 1. A paragraph of text, a whole list, a
 * table (with its "Table N: ..." caption, which is not counted apart), a figure, a block quote, a code block and a
 * heading inside the body are each one paragraph; a thematic break ({@code ---}) is none. The section page numbers
 * the blocks with {@link #of(Node)} on the same parse, so the numbers shown are the numbers a comment may name.
 */
public final class Paragraphs {

    private static final Parser PARSER = MarkdownDialect.parser().build();

    private Paragraphs() {
    }

    /** How many paragraphs the body has. */
    public static int count(String body) {
        return of(PARSER.parse(body == null ? "" : body)).size();
    }

    /** The top-level blocks of a parsed body that are numbered, in order: paragraph n is element n - 1. */
    public static List<Node> of(Node document) {
        List<Node> numbered = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (!(block instanceof ThematicBreak) && !MarkdownDialect.isCaption(block)) {
                numbered.add(block);
            }
        }
        return numbered;
    }
}
