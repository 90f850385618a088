package org.tadworkbench.document;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
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
    private static final Parser WITH_LINES = MarkdownDialect.parser().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

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

    /** The Markdown source of each paragraph of {@code body}, in order: its whole lines, as written (a table with its caption). */
    public static List<String> sources(String body) {
        String[] lines = lines(body);
        List<String> sources = new ArrayList<>();
        for (int[] span : spans(body)) {
            sources.add(String.join("\n", java.util.Arrays.copyOfRange(lines, span[0], span[1] + 1)));
        }
        return sources;
    }

    /**
     * {@code body} with paragraph {@code paragraph} (from 1) replaced by {@code replacement} (Markdown; blank removes
     * it), every other line kept as written, so that a proposed change touches only its own paragraph.
     */
    public static String replace(String body, int paragraph, String replacement) {
        List<int[]> spans = spans(body);
        if (paragraph < 1 || paragraph > spans.size()) {
            throw new IllegalArgumentException("the text has " + spans.size() + " paragraphs, not " + paragraph);
        }
        String[] lines = lines(body);
        int[] span = spans.get(paragraph - 1);
        List<String> out = new ArrayList<>(List.of(lines).subList(0, span[0]));
        String added = replacement == null ? "" : replacement.strip();
        if (!added.isEmpty()) {
            out.addAll(List.of(added.split("\n", -1)));
        } else if (span[1] + 1 < lines.length && lines[span[1] + 1].isBlank()) {
            span = new int[] {span[0], span[1] + 1}; // the blank line that separated it goes with it
        }
        out.addAll(List.of(lines).subList(span[1] + 1, lines.length));
        String joined = String.join("\n", out);
        return body.endsWith("\n") && !joined.endsWith("\n") ? joined + "\n" : joined;
    }

    private static String[] lines(String body) {
        return (body == null ? "" : body).split("\r?\n", -1);
    }

    /** The first and last line of each paragraph. */
    private static List<int[]> spans(String body) {
        List<int[]> spans = new ArrayList<>();
        for (Node block : of(WITH_LINES.parse(body == null ? "" : body))) {
            // A table's caption is part of its paragraph: it goes and comes with the table.
            Node first = block instanceof TableBlock table && MarkdownDialect.captionOf(table) != null
                    ? MarkdownDialect.captionOf(table) : block;
            List<SourceSpan> start = first.getSourceSpans();
            List<SourceSpan> own = block.getSourceSpans();
            if (!own.isEmpty()) {
                spans.add(new int[] {start.get(0).getLineIndex(), own.get(own.size() - 1).getLineIndex()});
            }
        }
        return spans;
    }
}
