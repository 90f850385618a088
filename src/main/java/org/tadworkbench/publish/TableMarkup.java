package org.tadworkbench.publish;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlNodeRendererFactory;
import org.tadworkbench.publish.html.TableCaption;
import org.tadworkbench.publish.html.TableNodeRenderer;

/**
 * Tables as publishing writes them ({@code <table class="md-table">} with its {@code <caption>} and header cells
 * scoped), for the pages that show section text, so the editor's preview and the section page show a table as the
 * published document does.
 */
public final class TableMarkup {

    private TableMarkup() {
    }

    /** Moves each table's caption paragraph inside its table; call on a parsed body before rendering it. */
    public static void captionTables(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock table) {
                    TableCaption.attach(table);
                }
                visitChildren(block);
            }
        });
    }

    /** The renderer of tables and their captions, for an {@code HtmlRenderer.builder().nodeRendererFactory(...)}. */
    public static HtmlNodeRendererFactory renderer() {
        return TableNodeRenderer::new;
    }
}
