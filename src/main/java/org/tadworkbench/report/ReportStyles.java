package org.tadworkbench.report;

/**
 * The report's stylesheet: A4 pages whose margin boxes carry the classification marking (top and bottom), the title
 * and "Page X of Y"; screen-only elements repeat the marking in the HTML. Free of {@code <} and {@code &} so that it
 * reads the same in XHTML and in HTML.
 */
final class ReportStyles {

    private ReportStyles() {
    }

    static String stylesheet(String title, String marking) {
        String m = cssString(marking);
        return "@page {\n  size: A4;\n  margin: 22mm 16mm 20mm 16mm;\n"
                + "  @top-left { content: " + cssString(title) + "; font-family: \"DejaVu Sans\"; font-size: 7.5pt; color: #57606a; }\n"
                + "  @top-right { content: " + m + "; font-family: \"DejaVu Sans\"; font-size: 7.5pt; font-weight: bold; }\n"
                + "  @bottom-left { content: " + m + "; font-family: \"DejaVu Sans\"; font-size: 7.5pt; }\n"
                + "  @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); font-family: \"DejaVu Sans\"; font-size: 7.5pt; }\n"
                + "}\n"
                + "@media print { .screen-only { display: none; } }\n"
                + "html { font-family: \"DejaVu Sans\", sans-serif; font-size: 9.5pt; line-height: 1.35; color: #1b1f24; }\n"
                + "body { margin: 0; }\n"
                + ".marking { font-weight: bold; font-size: 8pt; text-align: right; margin: 4pt 0; }\n"
                + "h1.report-title { font-size: 17pt; margin: 0 0 4pt; }\n"
                + "h2 { font-size: 12.5pt; margin: 14pt 0 5pt; page-break-after: avoid; border-bottom: 0.75pt solid #8c959f; }\n"
                + "h2.new-page { page-break-before: always; }\n"
                + "h3 { font-size: 10.5pt; margin: 10pt 0 4pt; page-break-after: avoid; }\n"
                + "p { margin: 0 0 5pt; }\n"
                + "p.meta { color: #57606a; }\n"
                + "p.note { color: #57606a; font-size: 8pt; }\n"
                + "table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; -fs-table-paginate: paginate; font-size: 8.5pt; }\n"
                + "th, td { border: 0.5pt solid #8c959f; padding: 2.5pt 4pt; text-align: left; vertical-align: top; }\n"
                + "thead th, tr.total th { background-color: #eef1f4; }\n"
                + "tr { page-break-inside: avoid; }\n"
                + "td.num { text-align: right; white-space: nowrap; } th.num { text-align: right; }\n"
                + "td.date { white-space: nowrap; }\n"
                + "td.small { font-size: 8pt; }\n"
                + "tr.total td { font-weight: bold; background-color: #eef1f4; }\n"
                + "td.over { color: #b42318; font-weight: bold; }\n"
                + "td.status.complete { color: #1a7f37; font-weight: bold; }\n"
                + "td.status.in-progress { color: #0b5394; font-weight: bold; }\n"
                + "td.status.not-started { color: #57606a; }\n"
                + "td.status.overdue { color: #b42318; font-weight: bold; }\n"
                + "figure.figure { margin: 8pt 0; page-break-inside: avoid; text-align: center; }\n"
                + "figcaption { font-style: italic; font-size: 8.5pt; margin-top: 3pt; text-align: center; }\n"
                + "ol.decisions li { margin-bottom: 4pt; }\n"
                + "th.id { width: 8%; } table.milestones th.title { width: 22%; } th.status { width: 11%; }\n"
                + "table.risks th.title { width: 20%; } table.risks th.owner { width: 13%; }\n"
                + "th.resource { width: 16%; } th.year { width: 14%; }\n"
                + "table.breakdown th.task { width: 58%; } table.breakdown span.id, table.breakdown span.held { color: #57606a; }\n"
                + "table.breakdown tr.critical td { color: #b42318; }\n";
    }

    /** A CSS string literal: quotes and backslashes escaped, line breaks as spaces, {@code <} and {@code &} as CSS escapes. */
    static String cssString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\3c ").replace("&", "\\26 ")
                .replaceAll("[\\r\\n\\f]+", " ") + "\"";
    }
}
