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
        if (node instanceof PictureBlock picture) {
            renderPicture(picture);
            return;
        }
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

    private void renderPicture(PictureBlock block) {
        Picture picture = pictures.get(block.path);
        html.line();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("id", "fig-" + Html.slug(block.path));
        attributes.put("class", "figure picture");
        html.tag("figure", attributes);
        html.line();
        if (picture == null) {
            html.tag("p", Map.of("class", "figure-missing"));
            html.text("Picture " + block.path + " is not in the workspace.");
            html.tag("/p");
        } else {
            Map<String, String> img = new LinkedHashMap<>();
            img.put("src", "data:" + picture.mediaType() + ";base64," + Base64.getEncoder().encodeToString(picture.bytes()));
            img.put("alt", block.caption.isEmpty() ? "Picture " + block.path : block.caption);
            html.tag("img", img, true);
        }
        html.line();
        if (!block.caption.isEmpty()) {
            html.tag("figcaption");
            html.text(block.caption);
            html.tag("/figcaption");
            html.line();
        }
        html.tag("/figure");
        html.line();
    }
}
