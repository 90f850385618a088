package org.tadworkbench.redline.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
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
import org.tadworkbench.document.MarkdownDialect;
import org.tadworkbench.document.MarkdownText;
import org.tadworkbench.redline.TextRun;

/**
 * The reading text of a Markdown body, as compared and shown in a redline: one paragraph per block, separated by a
 * blank line; whitespace inside a paragraph collapsed to single spaces; links reduced to their text, figures to
 * "[alt text]", list items prefixed "• " or "N. ", a table as one paragraph of marked rows and cells (see
 * {@link TextRun}). Raw HTML is kept as literal text (and escaped by the writers).
 */
public final class PlainText {

    private static final Parser PARSER = MarkdownDialect.parser().build();

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
            } else if (block instanceof TableBlock table) {
                out.add(table(table));
            } else if (block instanceof BlockQuote || block instanceof ListItem) {
                blocks(block, out, prefix);
            } else if (!(block instanceof ThematicBreak)) {
                out.add(normalise(prefix + inline(block)));
            }
            prefix = "";
        }
    }

    /** A table as one paragraph: each row opened by {@link TextRun#TABLE_ROW}, its cells split by {@link TextRun#TABLE_CELL}. */
    private static String table(TableBlock table) {
        StringBuilder text = new StringBuilder();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                text.append(TextRun.TABLE_ROW);
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell != row.getFirstChild()) {
                        text.append(TextRun.TABLE_CELL);
                    }
                    text.append(normalise(inline(cell)));
                }
            }
        }
        return text.toString();
    }

    private static String inline(Node block) {
        return MarkdownText.plain(block);
    }

    /** Collapses white space and removes the table markers, so that no text of the body can pose as a table. */
    private static String normalise(String text) {
        return text.replace(TextRun.TABLE_ROW, "").replace(TextRun.TABLE_CELL, "").replaceAll("\\s+", " ").strip();
    }
}
