package org.tadworkbench.publish.html;

import org.tadworkbench.document.DocumentReference;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.GlossaryTerm;
import org.tadworkbench.publish.AssembledDocument;

/**
 * The parts of the document that come from registers rather than sections, as well-formed HTML shared by the
 * web page and the PDF: document control (identity and version history), the glossary and the references.
 */
public final class DocumentControl {

    private DocumentControl() {
    }

    /** Identity of this version: owner (the approving body), classification, status, release, model version. */
    public static String summaryTable(AssembledDocument doc) {
        StringBuilder html = new StringBuilder();
        html.append("<table class=\"control\">\n<caption>Status and approval</caption>\n<tbody>\n");
        row(html, "Document", doc.manifest().title() + " (" + doc.manifest().id() + ")");
        row(html, "Version", doc.version().version());
        row(html, "Status", Html.status(doc.version().status()));
        row(html, "Date", Html.isoDate(doc.date()));
        row(html, "Approver", doc.manifest().owner());
        row(html, "Classification", doc.manifest().classification());
        if (doc.version().release() != null) {
            row(html, "Release", doc.version().release());
        }
        row(html, "Variant", switch (doc.variant()) {
            case BOTH -> "SMETS2+ and SMETS1 (full document)";
            case SMETS1 -> "SMETS1 only";
            case SMETS2PLUS -> "SMETS2+ only";
        });
        row(html, "Model version", doc.modelVersion());
        html.append("</tbody>\n</table>\n");
        return html.toString();
    }

    /** Version history up to this version: version, status, date, summary. */
    public static String historyTable(AssembledDocument doc) {
        StringBuilder html = new StringBuilder();
        html.append("<table class=\"history\">\n<caption>Version history</caption>\n<thead><tr><th>Version</th>"
                + "<th>Status</th><th>Date</th><th>Summary</th></tr></thead>\n<tbody>\n");
        for (DocumentVersion v : doc.history()) {
            html.append("<tr><td>").append(Html.escape(v.version())).append("</td><td>")
                    .append(Html.escape(Html.status(v.status()))).append("</td><td class=\"date\">")
                    .append(Html.escape(Html.isoDate(v.date()))).append("</td><td>")
                    .append(Html.escape(v.summary())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        return html.toString();
    }

    /** The glossary as a definition list; each term is anchored ({@code term-…}) for the links in the text. */
    public static String glossary(AssembledDocument doc, TermAnchors anchors) {
        StringBuilder html = new StringBuilder("<dl class=\"glossary\">\n");
        for (GlossaryTerm term : doc.glossary()) {
            html.append("<dt id=\"").append(anchors.anchor(term.term())).append("\">").append(Html.escape(term.term()))
                    .append("</dt>\n<dd>").append(Html.escape(term.definition()));
            if (!term.deprecated().isEmpty()) {
                html.append(" <span class=\"deprecated\">Not to be used: ")
                        .append(Html.escape(String.join(", ", term.deprecated()))).append(".</span>");
            }
            if (term.reference() != null && doc.references().stream().anyMatch(r -> r.id().equals(term.reference()))) {
                html.append(" <span class=\"source\">Source: <a href=\"#").append(referenceAnchor(term.reference()))
                        .append("\">").append(Html.escape(term.reference())).append("</a>.</span>");
            }
            html.append("</dd>\n");
        }
        return html.append("</dl>\n").toString();
    }

    /** The document references; a reference's own http(s) URL is the only outside link a page carries. */
    public static String references(AssembledDocument doc) {
        StringBuilder html = new StringBuilder("<table class=\"references\">\n<caption>Document references</caption>\n"
                + "<thead><tr><th>Reference</th><th>Title</th><th>Publisher</th></tr></thead>\n<tbody>\n");
        for (DocumentReference ref : doc.references()) {
            html.append("<tr id=\"").append(referenceAnchor(ref.id())).append("\"><td>").append(Html.escape(ref.id()))
                    .append("</td><td>");
            if (ref.url() != null && ref.url().matches("https?://[^\\s\"<>]+")) {
                html.append("<a href=\"").append(Html.escape(ref.url())).append("\">").append(Html.escape(ref.title()))
                        .append("</a>");
            } else {
                html.append(Html.escape(ref.title()));
            }
            html.append("</td><td>").append(Html.escape(ref.publisher())).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    public static String referenceAnchor(String id) {
        return "ref-" + Html.slug(id);
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th scope=\"row\">").append(Html.escape(label)).append("</th><td>").append(Html.escape(value))
                .append("</td></tr>\n");
    }
}
