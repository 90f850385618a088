package org.tadworkbench.publish.html;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.tadworkbench.publish.Figure;

/**
 * Writes a {@link FigureBlock} as {@code <figure><svg>…</svg><figcaption>…</figcaption></figure>}. The SVG is the
 * model's own generated diagram (never user text); the caption goes through the writer's escaping.
 */
final class FigureNodeRenderer implements NodeRenderer {

    private final HtmlWriter html;
    private final Map<String, Figure> figures;
    private final Function<Figure, String> svg;

    FigureNodeRenderer(HtmlNodeRendererContext context, Map<String, Figure> figures, Function<Figure, String> svg) {
        this.html = context.getWriter();
        this.figures = figures;
        this.svg = svg;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FigureBlock.class);
    }

    @Override
    public void render(Node node) {
        FigureBlock block = (FigureBlock) node;
        Figure figure = figures.get(block.viewId);
        html.line();
        Map<String, String> attributes = new LinkedHashMap<>(); // Map.of's order varies between runs
        attributes.put("id", "fig-" + Html.slug(block.viewId));
        attributes.put("class", "figure");
        html.tag("figure", attributes);
        html.line();
        if (figure == null) {
            html.tag("p", Map.of("class", "figure-missing"));
            html.text("Diagram " + block.viewId + " is not available in the model.");
            html.tag("/p");
        } else {
            html.raw(svg.apply(figure));
        }
        html.line();
        html.tag("figcaption");
        html.text(block.caption);
        html.tag("/figcaption");
        html.line();
        html.tag("/figure");
        html.line();
    }
}
