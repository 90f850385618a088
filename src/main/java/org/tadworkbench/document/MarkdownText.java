package org.tadworkbench.document;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The words of a piece of Markdown as a reader sees them: links as their text, images as [their alt text]. */
public final class MarkdownText {

    private MarkdownText() {
    }

    public static String plain(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text1) {
                text.append(text1.getLiteral());
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
                if (image == node) {
                    visitChildren(image);
                    return;
                }
                text.append('[');
                visitChildren(image);
                text.append(']');
            }
        });
        return text.toString();
    }
}
