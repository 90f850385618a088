package org.tadworkbench.publish.html;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.tadworkbench.document.Picture;
import org.tadworkbench.publish.Figure;

/**
 * Writes a {@link FigureBlock} as {@code <figure><svg>…</svg><figcaption>…</figcaption></figure>}. The SVG is the
 * model's own generated diagram (never user text); the caption goes through the writer's escaping. A
 * {@link PictureBlock} becomes {@code <figure><img src="data:…"/><figcaption>…</figcaption></figure>}: the picture's
 * bytes inline, so the page (and the PDF made from it) loads nothing from elsewhere, and an SVG picture is shown as an
 * image, never as markup in the page.
 */
final class FigureNodeRenderer implements NodeRenderer {

    private final HtmlWriter html;
    private final Map<String, Figure> figures;
    private final Function<Figure, String> svg;
    private final Map<String, Picture> pictures;

    FigureNodeRenderer(HtmlNodeRendererContext context, Map<String, Figure> figures, Function<Figure, String> svg,
                       Map<String, Picture> pictures) {
        this.html = context.getWriter();
        this.figures = figures;
        this.svg = svg;
        this.pictures = pictures;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FigureBlock.class, PictureBlock.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof PictureBlock block) {
            Picture picture = pictures.get(block.path);
            figure(block.path, "figure picture", block.caption, picture == null ? "Picture " + block.path
                    + " is not in the workspace." : null, () -> {
                Map<String, String> img = new LinkedHashMap<>();
                img.put("src", "data:" + picture.mediaType() + ";base64," + Base64.getEncoder().encodeToString(picture.bytes()));
                img.put("alt", block.caption.isEmpty() ? "Picture " + block.path : block.caption);
                html.tag("img", img, true);
            });
            return;
        }
        FigureBlock block = (FigureBlock) node;
        Figure figure = figures.get(block.viewId);
        figure(block.viewId, "figure", block.caption, figure == null ? "Diagram " + block.viewId
                + " is not available in the model." : null, () -> html.raw(svg.apply(figure)));
    }

    /** A figure element: its content, or {@code missing} said in its place; its caption when there is one. */
    private void figure(String id, String cssClass, String caption, String missing, Runnable content) {
        html.line();
        Map<String, String> attributes = new LinkedHashMap<>(); // Map.of's order varies between runs
        attributes.put("id", "fig-" + Html.slug(id));
        attributes.put("class", cssClass);
        html.tag("figure", attributes);
        html.line();
        if (missing != null) {
            html.tag("p", Map.of("class", "figure-missing"));
            html.text(missing);
            html.tag("/p");
        } else {
            content.run();
        }
        html.line();
        if (!caption.isEmpty()) {
            html.tag("figcaption");
            html.text(caption);
            html.tag("/figcaption");
            html.line();
        }
        html.tag("/figure");
        html.line();
    }
}
