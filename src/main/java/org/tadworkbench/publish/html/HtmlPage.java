package org.tadworkbench.publish.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.tadworkbench.publish.AssembledDocument;
import org.tadworkbench.publish.AssembledSection;
import org.tadworkbench.publish.Figure;
import org.tadworkbench.publish.RenderCache;

/**
 * The published document as one static, self-contained web page: title block, document control, a navigable
 * contents list, every section under its stable anchor, glossary and references. Nothing is loaded from the
 * network and nothing depends on the clock, so the same input gives the same bytes.
 */
public final class HtmlPage {

    /** The stylesheet's file name beside index.html. */
    public static final String STYLESHEET = "tad.css";

    private HtmlPage() {
    }

    /** The page linking {@link #STYLESHEET} beside it (a site), or with the stylesheet inlined (one download). */
    public static String render(AssembledDocument doc, boolean inlineStylesheet, RenderCache cache) {
        TermAnchors terms = new TermAnchors(doc.glossary());
        BodyRenderer bodies = new BodyRenderer(doc, terms, "html",
                f -> InlineSvg.reference(f.svg(), diagramId(f), f.caption()), cache);
        StringBuilder html = new StringBuilder(256 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(doc.fullTitle())).append("</title>\n")
                .append("<meta name=\"author\" content=\"").append(Html.escape(doc.manifest().owner())).append("\">\n")
                .append("<meta name=\"dcterms.date\" content=\"").append(Html.isoDate(doc.date())).append("\">\n");
        if (inlineStylesheet) {
            html.append("<style>\n").append(stylesheet()).append("</style>\n");
        } else {
            html.append("<link rel=\"stylesheet\" href=\"").append(STYLESHEET).append("\">\n");
        }
        html.append("</head>\n<body>\n");
        diagrams(html, doc, cache);
        html.append("<p class=\"marking\">").append(Html.escape(doc.classificationMarking())).append("</p>\n<div class=\"layout\">\n");
        toc(html, doc.sections());
        html.append("<main>\n");
        titleBlock(html, doc);
        html.append("<section id=\"document-control\" class=\"front\">\n<h1>Document control</h1>\n")
                .append(DocumentControl.summaryTable(doc)).append(DocumentControl.historyTable(doc)).append("</section>\n");
        List<String> rendered = bodies.renderAll(doc.sections());
        FigureAnchors figureAnchors = new FigureAnchors();
        for (int i = 0; i < rendered.size(); i++) {
            section(html, doc.sections().get(i), figureAnchors.unique(rendered.get(i)));
        }
        html.append("<section id=\"glossary\" class=\"back\">\n<h1>Glossary</h1>\n")
                .append(DocumentControl.glossary(doc, terms)).append("</section>\n")
                .append("<section id=\"references\" class=\"back\">\n<h1>References</h1>\n")
                .append(DocumentControl.references(doc)).append("</section>\n")
                .append("</main>\n</div>\n<p class=\"marking\">").append(Html.escape(doc.classificationMarking()))
                .append("</p>\n</body>\n</html>\n");
        return html.toString();
    }

    /**
     * Every diagram the document embeds, drawn once as a {@code <symbol>} in a hidden sprite at the top of the page;
     * the figures {@code <use>} them (see {@link InlineSvg#reference}).
     */
    private static void diagrams(StringBuilder html, AssembledDocument doc, RenderCache cache) {
        if (doc.figures().isEmpty()) {
            return;
        }
        html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram-symbols\" aria-hidden=\"true\" focusable=\"false\" ")
                .append("width=\"0\" height=\"0\" style=\"position:absolute;width:0;height:0;overflow:hidden\">\n");
        doc.figures().values().stream().sorted(Comparator.comparing(Figure::viewId))
                .forEach(f -> html.append(cache.derived(diagramId(f) + "\n" + f.svg(),
                        input -> InlineSvg.symbol(f.svg(), diagramId(f)))).append('\n'));
        html.append("</svg>\n");
    }

    private static String diagramId(Figure figure) {
        return "diagram-" + Html.slug(figure.viewId());
    }

    public static String stylesheet() {
        try (InputStream in = HtmlPage.class.getResourceAsStream("/publish/" + STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("stylesheet /publish/" + STYLESHEET + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void titleBlock(StringBuilder html, AssembledDocument doc) {
        html.append("<header class=\"title-block\">\n<p class=\"doc-title\">").append(Html.escape(doc.manifest().title()))
                .append("</p>\n<p class=\"doc-version\">Version ").append(Html.escape(doc.version().version()))
                .append(" &#8212; ").append(Html.escape(Html.status(doc.version().status()))).append(" &#8212; ")
                .append(Html.escape(Html.longDate(doc.date()))).append("</p>\n");
        if (!Html.applicabilityBadge(doc.variant()).isEmpty()) {
            html.append("<p class=\"doc-variant\">Variant: ").append(Html.escape(Html.applicabilityBadge(doc.variant())))
                    .append(". Sections that differ between SMETS1 and SMETS2+ are marked.</p>\n");
        }
        html.append("<p class=\"doc-owner\">Owner: ").append(Html.escape(doc.manifest().owner())).append("</p>\n</header>\n");
    }

    private static void toc(StringBuilder html, List<AssembledSection> sections) {
        html.append("<nav class=\"toc\" aria-label=\"Contents\">\n<p class=\"toc-title\">Contents</p>\n<ul>\n")
                .append("<li class=\"depth-1\"><a href=\"#document-control\">Document control</a></li>\n");
        for (AssembledSection s : sections) {
            html.append("<li class=\"depth-").append(Math.min(s.depth(), 6)).append("\"><a href=\"#").append(s.anchor())
                    .append("\"><span class=\"number\">").append(Html.escape(s.number())).append("</span> ")
                    .append(Html.escape(s.title())).append("</a></li>\n");
        }
        html.append("<li class=\"depth-1\"><a href=\"#glossary\">Glossary</a></li>\n")
                .append("<li class=\"depth-1\"><a href=\"#references\">References</a></li>\n</ul>\n</nav>\n");
    }

    private static void section(StringBuilder html, AssembledSection s, String body) {
        int level = Math.min(s.depth(), 6);
        String badge = Html.applicabilityBadge(s.applicability());
        html.append("<section id=\"").append(s.anchor()).append("\" class=\"section depth-").append(level)
                .append(s.variation() ? " variation" : "").append("\">\n<h").append(level).append(">")
                .append("<span class=\"number\">").append(Html.escape(s.number())).append("</span> ")
                .append(Html.escape(s.title()));
        if (!badge.isEmpty()) {
            html.append(" <span class=\"badge\">").append(Html.escape(badge)).append("</span>");
        }
        html.append("</h").append(level).append(">\n");
        if (s.variation()) {
            html.append("<p class=\"variation-note\">Variation: this section applies to ")
                    .append(Html.escape(badge.replace(" only", ""))).append(" only.</p>\n");
        }
        html.append(body).append("</section>\n");
    }
}
