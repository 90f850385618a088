package org.tadworkbench.document;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;

/**
 * The Markdown that section bodies are written in: CommonMark with GFM pipe tables. A table's caption is a paragraph
 * of its own reading {@code Table 3.3: Definitions of the domains and parties} (the colon may be left out) right
 * before the table, with or without a blank line between; every output shows it as the table's caption. Every
 * place that reads a body parses it with {@link #parser()}, so that a table is a table everywhere.
 */
public final class MarkdownDialect {

    public static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final Pattern CAPTION = Pattern.compile("Table \\d+(?:\\.\\d+)*:?\\s+\\S.*", Pattern.DOTALL);

    private MarkdownDialect() {
    }

    public static Parser.Builder parser() {
        return Parser.builder().extensions(EXTENSIONS);
    }

    /** Whether the text reads as a table caption ("Table 4.1.3: Business functions ..."). */
    public static boolean isCaptionText(String text) {
        return CAPTION.matcher(text.strip()).matches();
    }

    /** Whether {@code node} is the caption paragraph of the table that follows it. */
    public static boolean isCaption(Node node) {
        return node instanceof Paragraph && node.getNext() instanceof TableBlock
                && isCaptionText(MarkdownText.plain(node));
    }

    /** The caption paragraph right before {@code table}, or null when it has none. */
    public static Paragraph captionOf(TableBlock table) {
        Node previous = table.getPrevious();
        return isCaption(previous) ? (Paragraph) previous : null;
    }
}
