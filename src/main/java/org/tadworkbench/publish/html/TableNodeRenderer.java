package org.tadworkbench.publish.html;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes a Markdown table as {@code <table>} with its {@code <caption>}, a {@code <thead>} of {@code <th scope="col">}
 * and a {@code <tbody>}. Cell text goes through the renderer like any paragraph (escaped, links sanitised).
 * Alignment is a class rather than a style attribute, so the page needs no inline styles and the same markup
 * serves the print XHTML.
 */
public final class TableNodeRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    public TableNodeRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(TableBlock.class, TableCaption.class, TableHead.class, TableBody.class, TableRow.class, TableCell.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof TableBlock) {
            html.line();
            block("table", Map.of("class", "md-table"), node);
            html.line();
        } else if (node instanceof TableCaption) {
            html.line();
            html.tag("caption");
            children(node);
            html.tag("/caption");
        } else if (node instanceof TableHead) {
            block("thead", Map.of(), node);
        } else if (node instanceof TableBody) {
            block("tbody", Map.of(), node);
        } else if (node instanceof TableRow) {
            block("tr", Map.of(), node);
        } else if (node instanceof TableCell cell) {
            Map<String, String> attributes = new LinkedHashMap<>();
            if (cell.isHeader()) {
                attributes.put("scope", "col");
            }
            if (cell.getAlignment() != null) {
                attributes.put("class", "align-" + cell.getAlignment().name().toLowerCase(java.util.Locale.ROOT));
            }
            String tag = cell.isHeader() ? "th" : "td";
            html.line();
            html.tag(tag, attributes);
            children(cell);
            html.tag("/" + tag);
        }
    }

    private void block(String tag, Map<String, String> attributes, Node node) {
        html.line();
        html.tag(tag, attributes);
        children(node);
        html.line();
        html.tag("/" + tag);
    }

    private void children(Node node) {
        for (Node child = node.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
    }
}
