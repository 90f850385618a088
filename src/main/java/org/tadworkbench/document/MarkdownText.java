package org.tadworkbench.document;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The words of a piece of Markdown as a reader sees them: links as their text, images as [their alt text]. */
public final class MarkdownText {

    /** Built once: a commonmark parser is immutable and safe to share between threads. */
    private static final org.commonmark.parser.Parser PARSER = MarkdownDialect.parser().build();

    private MarkdownText() {
    }

    public static String plain(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new PlainText(text, node));
        return text.toString();
    }

    /**
     * A whole body's words as one line of text, for search: as {@link #plain}, with a space between blocks and table
     * cells so that the last word of one paragraph does not run into the first of the next.
     */
    public static String words(String markdown) {
        StringBuilder text = new StringBuilder();
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        document.accept(new PlainText(text, document) {
            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if ((parent instanceof Block || parent instanceof CustomNode) && text.length() > 0
                        && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            }
        });
        return text.toString().strip();
    }

    /** Text, code and inline HTML as written; line breaks as spaces; images (other than {@code root}) in brackets. */
    private static class PlainText extends AbstractVisitor {

        private final StringBuilder text;
        private final Node root;

        PlainText(StringBuilder text, Node root) {
            this.text = text;
            this.root = root;
        }

        @Override
        public void visit(Text literal) {
            text.append(literal.getLiteral());
        }

        @Override
        public void visit(Code code) {
            text.append(code.getLiteral());
        }

        @Override
        public void visit(HtmlInline html) {
            text.append(html.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            text.append(' ');
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            text.append(' ');
        }

        @Override
        public void visit(Image image) {
            if (image == root) {
                visitChildren(image);
                return;
            }
            text.append('[');
            visitChildren(image);
            text.append(']');
        }
    }
}
