package org.tadworkbench.publish.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.tadworkbench.publish.AssembledDocument;
import org.tadworkbench.publish.AssembledSection;
import org.tadworkbench.publish.RenderCache;
import org.tadworkbench.publish.html.BodyRenderer;
import org.tadworkbench.publish.html.DocumentControl;
import org.tadworkbench.publish.html.Html;
import org.tadworkbench.publish.html.TermAnchors;

/**
 * The document as well-formed XHTML for print: title page, document control, contents with page numbers (CSS
 * {@code target-counter}), numbered sections with their figures, glossary and references; every page carries the
 * classification marking in its header and footer and "Page X of Y".
 */
final class PrintDocument {

    private PrintDocument() {
    }

    static String xhtml(AssembledDocument doc) {
        TermAnchors terms = new TermAnchors(doc.glossary());
        BodyRenderer bodies = new BodyRenderer(doc, terms, "pdf", FigureDrawers::markup, RenderCache.none());
        StringBuilder x = new StringBuilder(256 * 1024);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\">\n<head>\n")
                .append("<title>").append(Html.escape(doc.fullTitle())).append("</title>\n")
                .append("<meta name=\"author\" content=\"").append(Html.escape(doc.manifest().owner())).append("\"/>\n")
                .append("<meta name=\"subject\" content=\"").append(Html.escape(doc.classificationMarking())).append("\"/>\n")
                .append("<style>\n").append(Html.escape(PrintStyles.stylesheet(doc))).append("</style>\n");
        bookmarks(x, doc);
        x.append("</head>\n<body>\n");
        titlePage(x, doc);
        x.append("<div class=\"front\" id=\"document-control\">\n<h1>Document control</h1>\n")
                .append(DocumentControl.summaryTable(doc)).append(DocumentControl.historyTable(doc)).append("</div>\n");
        contents(x, doc);
        List<String> rendered = bodies.renderAll(doc.sections());
        for (int i = 0; i < rendered.size(); i++) {
            section(x, doc.sections().get(i), rendered.get(i));
        }
        x.append("<h1 class=\"chapter\" id=\"glossary\">Glossary</h1>\n").append(DocumentControl.glossary(doc, terms))
                .append("<h1 class=\"chapter\" id=\"references\">References</h1>\n").append(DocumentControl.references(doc))
                .append("</body>\n</html>\n");
        return x.toString();
    }

    private static void titlePage(StringBuilder x, AssembledDocument doc) {
        x.append("<div class=\"title-page\">\n<p class=\"doc-title\">").append(Html.escape(doc.manifest().title())).append("</p>\n")
                .append("<p class=\"doc-subtitle\">Version ").append(Html.escape(doc.version().version()));
        if (!Html.applicabilityBadge(doc.variant()).isEmpty()) {
            x.append(" &#8212; ").append(Html.escape(Html.applicabilityBadge(doc.variant())));
        }
        x.append("</p>\n")
                .append("<p class=\"doc-line\">Status: ").append(Html.escape(Html.status(doc.version().status()))).append("</p>\n")
                .append("<p class=\"doc-line\">Date: ").append(Html.escape(Html.longDate(doc.date()))).append("</p>\n")
                .append("<p class=\"doc-line\">Owner and approver: ").append(Html.escape(doc.manifest().owner())).append("</p>\n")
                .append("<p class=\"doc-marking\">").append(Html.escape(doc.classificationMarking())).append("</p>\n</div>\n");
    }

    private static void contents(StringBuilder x, AssembledDocument doc) {
        x.append("<div class=\"front\" id=\"contents\">\n<h1>Contents</h1>\n<ul class=\"toc\">\n");
        for (AssembledSection s : doc.sections()) {
            x.append("<li class=\"depth-").append(Math.min(s.depth(), 6)).append("\"><a href=\"#").append(s.anchor())
                    .append("\"><span class=\"number\">").append(Html.escape(s.number())).append("</span> ")
                    .append(Html.escape(s.title())).append("</a></li>\n");
        }
        x.append("<li class=\"depth-1\"><a href=\"#glossary\">Glossary</a></li>\n")
                .append("<li class=\"depth-1\"><a href=\"#references\">References</a></li>\n</ul>\n</div>\n");
    }

    private static void section(StringBuilder x, AssembledSection s, String body) {
        int level = Math.min(s.depth(), 6);
        String badge = Html.applicabilityBadge(s.applicability());
        x.append("<div class=\"section depth-").append(level).append(s.variation() ? " variation" : "").append("\">\n<h")
                .append(level).append(" id=\"").append(s.anchor()).append("\"").append(level == 1 ? " class=\"chapter\"" : "")
                .append("><span class=\"number\">").append(Html.escape(s.number())).append("</span> ")
                .append(Html.escape(s.title()));
        if (!badge.isEmpty()) {
            x.append(" <span class=\"badge\">").append(Html.escape(badge)).append("</span>");
        }
        x.append("</h").append(level).append(">\n");
        if (s.variation()) {
            x.append("<p class=\"variation-note\">Variation: this section applies to ")
                    .append(Html.escape(badge.replace(" only", ""))).append(" only.</p>\n");
        }
        x.append(body).append("</div>\n");
    }

    /** The PDF outline (bookmarks panel), nested by section depth. */
    private static void bookmarks(StringBuilder x, AssembledDocument doc) {
        x.append("<bookmarks>\n<bookmark name=\"Document control\" href=\"#document-control\"/>\n")
                .append("<bookmark name=\"Contents\" href=\"#contents\"/>\n");
        Deque<Integer> open = new ArrayDeque<>();
        for (AssembledSection s : doc.sections()) {
            while (!open.isEmpty() && open.peek() >= s.depth()) {
                x.append("</bookmark>\n");
                open.pop();
            }
            x.append("<bookmark name=\"").append(Html.escape(s.number() + " " + s.title())).append("\" href=\"#")
                    .append(s.anchor()).append("\">\n");
            open.push(s.depth());
        }
        while (!open.isEmpty()) {
            x.append("</bookmark>\n");
            open.pop();
        }
        x.append("<bookmark name=\"Glossary\" href=\"#glossary\"/>\n<bookmark name=\"References\" href=\"#references\"/>\n")
                .append("</bookmarks>\n");
    }
}
