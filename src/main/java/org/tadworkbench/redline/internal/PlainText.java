package org.tadworkbench.redline.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.tadworkbench.document.MarkdownText;

/**
 * The reading text of a Markdown body, as compared and shown in a redline: one paragraph per block, separated by a
 * blank line; whitespace inside a paragraph collapsed to single spaces; links reduced to their text, figures to
 * "[alt text]", list items prefixed "• " or "N. ". Raw HTML is kept as literal text (and escaped by the writers).
 */
public final class PlainText {

    private static final Parser PARSER = Parser.builder().build();

    private PlainText() {
    }

    public static String of(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        List<String> paragraphs = new ArrayList<>();
        blocks(PARSER.parse(markdown), paragraphs, "");
        return String.join("\n\n", paragraphs.stream().filter(p -> !p.isEmpty()).toList());
    }

    private static void blocks(Node parent, List<String> out, String firstPrefix) {
        String prefix = firstPrefix;
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Paragraph || block instanceof Heading) {
                out.add(normalise(prefix + inline(block)));
            } else if (block instanceof FencedCodeBlock code) {
                out.add(normalise(prefix + code.getLiteral()));
            } else if (block instanceof IndentedCodeBlock code) {
                out.add(normalise(prefix + code.getLiteral()));
            } else if (block instanceof HtmlBlock html) {
                out.add(normalise(prefix + html.getLiteral()));
            } else if (block instanceof BulletList) {
                for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                    blocks(item, out, "• ");
                }
            } else if (block instanceof OrderedList list) {
                int n = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
                for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                    blocks(item, out, (n++) + ". ");
                }
            } else if (block instanceof BlockQuote || block instanceof ListItem) {
                blocks(block, out, prefix);
            } else if (!(block instanceof ThematicBreak)) {
                out.add(normalise(prefix + inline(block)));
            }
            prefix = "";
        }
    }

    private static String inline(Node block) {
        return MarkdownText.plain(block);
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
