package org.tadworkbench.publish.html;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.tadworkbench.document.MarkdownDialect;
import org.tadworkbench.document.Picture;
import org.tadworkbench.publish.AssembledDocument;
import org.tadworkbench.publish.AssembledSection;
import org.tadworkbench.publish.Figure;
import org.tadworkbench.publish.RenderCache;

/**
 * Section bodies of one assembled document to HTML fragments, safe and well-formed: raw HTML in the text is
 * escaped, unsafe URL schemes are emptied, void elements are closed ({@code <br />}), so the same fragment serves
 * the web page and the PDF's XHTML. {@code svg} decides how a figure's diagram is sized for the medium.
 */
public final class BodyRenderer {

    private final Parser parser = MarkdownDialect.parser().build();
    private final HtmlRenderer renderer;
    private final Set<String> anchors;
    private final TermAnchors terms;

    private final Map<String, String> rendered;

    /** {@code medium} names how figures are sized ("html", "pdf"): bodies are kept in {@code cache} per medium. */
    public BodyRenderer(AssembledDocument doc, TermAnchors terms, String medium, Function<Figure, String> svg, RenderCache cache) {
        this.terms = terms;
        this.anchors = doc.sections().stream().map(AssembledSection::anchor).collect(Collectors.toSet());
        this.rendered = cache.bodies(medium, () -> context(doc));
        // A figure may be embedded many times; its diagram is prepared once (render may run on several threads).
        Map<String, String> prepared = new ConcurrentHashMap<>();
        Function<Figure, String> once = figure -> prepared.computeIfAbsent(figure.viewId(), id -> svg.apply(figure));
        this.renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
                .nodeRendererFactory(context -> new FigureNodeRenderer(context, doc.figures(), once, doc.pictures()))
                .nodeRendererFactory(TableNodeRenderer::new).build();
    }

    /** The bodies of all the document's sections, in order, rendered side by side on the machine's cores. */
    public List<String> renderAll(List<AssembledSection> sections) {
        return sections.parallelStream().map(this::render).toList();
    }

    /** One section's body; safe to call from several threads at once. */
    public String render(AssembledSection section) {
        String markdown = section.markdown() == null ? "" : section.markdown();
        String html = rendered.get(markdown);
        if (html == null) {
            Node document = parser.parse(markdown);
            document.accept(new Rewrites(anchors, terms));
            html = renderer.render(document);
            rendered.put(markdown, html);
        }
        return html;
    }

    /** What a body's HTML depends on besides its own text: which anchors exist, the defined terms, the figures and pictures. */
    private static String context(AssembledDocument doc) {
        StringBuilder key = new StringBuilder();
        doc.sections().stream().map(AssembledSection::anchor).sorted().forEach(a -> key.append(a).append('\n'));
        doc.glossary().forEach(t -> key.append(t.term()).append('\n'));
        doc.figures().values().stream().sorted(Comparator.comparing(Figure::viewId))
                .forEach(f -> key.append(f.viewId()).append('\t').append(f.caption()).append('\t').append(f.svg()).append('\n'));
        doc.pictures().values().stream().sorted(Comparator.comparing(Picture::path))
                .forEach(p -> key.append(p.path()).append('\t').append(Arrays.hashCode(p.bytes())).append('\n'));
        return key.toString(); // compared as it is: hashing megabytes of figures each build costs more than it saves
    }
}
