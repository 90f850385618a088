package org.tadworkbench.publish.html;

import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.tadworkbench.publish.AssembledDocument;
import org.tadworkbench.publish.AssembledSection;
import org.tadworkbench.publish.Figure;

/**
 * Section bodies of one assembled document to HTML fragments, safe and well-formed: raw HTML in the text is
 * escaped, unsafe URL schemes are emptied, void elements are closed ({@code <br />}), so the same fragment serves
 * the web page and the PDF's XHTML. {@code svg} decides how a figure's diagram is sized for the medium.
 */
public final class BodyRenderer {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer;
    private final Set<String> anchors;
    private final TermAnchors terms;

    public BodyRenderer(AssembledDocument doc, TermAnchors terms, Function<Figure, String> svg) {
        this.terms = terms;
        this.anchors = doc.sections().stream().map(AssembledSection::anchor).collect(Collectors.toSet());
        this.renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
                .nodeRendererFactory(context -> new FigureNodeRenderer(context, doc.figures(), svg)).build();
    }

    public String render(AssembledSection section) {
        Node document = parser.parse(section.markdown() == null ? "" : section.markdown());
        document.accept(new Rewrites(anchors, terms));
        return renderer.render(document);
    }
}
