package org.tadworkbench.redline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * A redline as one self-contained HTML page (inline CSS, no scripts, no external references; all text escaped):
 * the overall summary, a table of the sections with their kind of change and word counts linking to each section,
 * then every section in outline order with insertions as {@code <ins>} and deletions as {@code <del>}. Each
 * insertion and deletion carries a visually hidden "inserted:"/"deleted:" label and an end marker, so that screen
 * readers and colour-blind readers get the same information. Tables are tables, with the rows of both versions and
 * the changes marked in their cells. Unchanged sections are collapsed.
 */
public final class HtmlRedline {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1b1b}
            h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem}h3{font-size:1.1rem;margin:0 0 .3rem}
            table{border-collapse:collapse;width:100%;font-size:.95rem}th,td{border:1px solid #c8c8c8;padding:.25rem .5rem;text-align:left;vertical-align:top}
            th{background:#f0f0f0}td.n{text-align:right}
            ins{color:#0b6b1f;background:#e6f6e9;text-decoration:underline;text-decoration-thickness:2px}
            del{color:#a4161a;background:#fbe9ea;text-decoration:line-through;text-decoration-thickness:2px}
            .vh{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
            section.change{border-left:4px solid #8a8a8a;padding:.5rem 1rem;margin:1rem 0}
            section.added{border-color:#0b6b1f}section.removed{border-color:#a4161a}section.moved,section.renumbered,section.reworded{border-color:#6a3fa0}
            .what{font-style:italic;color:#444;margin:0 0 .5rem}
            .text{white-space:pre-wrap}
            details.unchanged{margin:.3rem 0;padding:.2rem 1rem;border-left:4px solid #e0e0e0}
            details.unchanged summary{cursor:pointer;color:#444}
            .kind{font-weight:600}
            table.body-table{white-space:normal;margin:.5rem 0}table.body-table caption{text-align:left;font-weight:600;padding-bottom:.2rem}
            tr.row-inserted{border-left:4px solid #0b6b1f}tr.row-deleted{border-left:4px solid #a4161a}
            """;

    /** The one {@code <style>} element's text, as a Content-Security-Policy hash must match it. */
    private static final String STYLE_TEXT = "\n" + CSS;

    private HtmlRedline() {
    }

    /**
     * The page's stylesheet as a Content-Security-Policy source ({@code 'sha256-...'}): the web app serves the page as
     * it is, self-contained like the file {@code tad diff} writes, and a policy that allows no inline style admits
     * exactly this stylesheet by its hash.
     */
    public static String styleHashSource() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(STYLE_TEXT.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The redline's {@code <style>} element, for other self-contained redline pages (the specification diff), so
     * that every such page looks alike and the one hash of {@link #styleHashSource} admits it.
     */
    public static String styleElement() {
        return "<style>" + STYLE_TEXT + "</style>";
    }

    public static String render(Redline redline) {
        StringBuilder h = new StringBuilder(64 * 1024);
        String title = "Redline: " + redline.documentTitle() + " " + redline.fromVersion() + " to " + redline.toVersion();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>").append(STYLE_TEXT).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(escape(redline.documentTitle())).append(": changes from version ")
                .append(escape(redline.fromVersion())).append(" to version ").append(escape(redline.toVersion())).append("</h1>\n");
        h.append("<p>Key: <ins>inserted text<span class=\"vh\"> (inserted)</span></ins>, <del>deleted text<span class=\"vh\"> (deleted)</span></del>. ")
                .append("Screen readers announce each change as \u201cinserted:\u201d or \u201cdeleted:\u201d.</p>\n");
        h.append("<h2 id=\"summary\">Summary</h2>\n<p>").append(escape(redline.summary().describe())).append(".</p>\n");
        h.append("<table>\n<caption class=\"vh\">Sections and their changes</caption>\n<thead><tr><th scope=\"col\">Section</th>")
                .append("<th scope=\"col\">Title</th><th scope=\"col\">Change</th><th scope=\"col\">Words inserted</th>")
                .append("<th scope=\"col\">Words deleted</th><th scope=\"col\">Link</th></tr></thead>\n<tbody>\n");
        for (SectionChange c : redline.sections()) {
            h.append("<tr><td>").append(escape(c.number())).append("</td><td>").append(escape(c.title()))
                    .append("</td><td><span class=\"kind\">").append(c.kind().code()).append("</span>");
            if (!c.description().equals(c.kind().code())) {
                h.append(": ").append(escape(c.description()));
            }
            h.append("</td><td class=\"n\">").append(c.wordsInserted()).append("</td><td class=\"n\">").append(c.wordsDeleted())
                    .append("</td><td><a href=\"#").append(escape(c.anchor())).append("\">view<span class=\"vh\"> section ")
                    .append(escape(c.number())).append("</span></a></td></tr>\n");
        }
        h.append("</tbody>\n</table>\n<h2 id=\"sections\">Sections</h2>\n");
        for (SectionChange c : redline.sections()) {
            if (c.changed()) {
                h.append("<section class=\"change ").append(c.kind().code()).append("\" id=\"").append(escape(c.anchor()))
                        .append("\">\n<h3>");
                runs(h, c.heading());
                h.append("</h3>\n<p class=\"what\">").append(escape(capitalise(c.description()))).append("</p>\n");
                body(h, c.body());
                h.append("</section>\n");
            } else {
                h.append("<details class=\"unchanged\" id=\"").append(escape(c.anchor())).append("\">\n<summary>")
                        .append(escape(c.number() + " " + c.title())).append(" \u2014 unchanged</summary>\n");
                body(h, c.body());
                h.append("</details>\n");
            }
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /**
     * A section's changes alone, for a page that shows the section's own text beside them: each paragraph and table
     * with an insertion or deletion, marked as {@link #render} marks them, in order; an ellipsis paragraph stands for
     * each stretch of unchanged ones left out. Empty when the body did not change.
     */
    public static String changedParts(List<TextRun> body) {
        StringBuilder h = new StringBuilder();
        boolean skipped = false;
        for (BodyBlocks.Block block : BodyBlocks.of(body).blocks()) {
            List<BodyBlocks.Unit> paragraphs = block instanceof BodyBlocks.Text text ? BodyBlocks.units(text.runs()) : List.of();
            if (block instanceof BodyBlocks.Table table) {
                if (table.rows().stream().anyMatch(r -> r.kind() != RunKind.EQUAL
                        || r.cells().stream().anyMatch(HtmlRedline::changes))) {
                    h.append(skipped ? "<p>\u2026</p>" : "");
                    table(h, table);
                    skipped = false;
                } else {
                    skipped = true;
                }
            }
            for (BodyBlocks.Unit paragraph : paragraphs) {
                // A break only one version has (a paragraph split or joined) is a change too, shown as a pilcrow.
                boolean brokenDifferently = paragraph.end() != null && paragraph.end().kind() != RunKind.EQUAL;
                if (!changes(paragraph.runs()) && !brokenDifferently) {
                    skipped = true;
                    continue;
                }
                h.append(skipped ? "<p>\u2026</p>" : "").append("<p>");
                runs(h, paragraph.runs());
                if (brokenDifferently) {
                    runs(h, List.of(new TextRun(paragraph.end().kind(), " \u00b6")));
                }
                h.append("</p>");
                skipped = false;
            }
        }
        return h.isEmpty() ? "" : h.append(skipped ? "<p>\u2026</p>" : "").toString();
    }

    private static boolean changes(List<TextRun> runs) {
        return runs.stream().anyMatch(r -> r.kind() != RunKind.EQUAL);
    }

    /** The body: text as it reads (white space kept), tables as tables with their changed cells marked. */
    private static void body(StringBuilder h, List<TextRun> body) {
        if (body.isEmpty()) {
            return;
        }
        h.append("<div class=\"text\">");
        for (BodyBlocks.Block block : BodyBlocks.of(body).blocks()) {
            if (block instanceof BodyBlocks.Text text) {
                runs(h, text.runs());
            } else if (block instanceof BodyBlocks.Table table) {
                table(h, table);
            }
        }
        h.append("</div>\n");
    }

    private static void table(StringBuilder h, BodyBlocks.Table table) {
        h.append("<table class=\"body-table\">");
        if (table.caption() != null) {
            h.append("<caption>");
            runs(h, table.caption());
            h.append("</caption>");
        }
        int columns = table.columns();
        for (int r = 0; r < table.rows().size(); r++) {
            BodyBlocks.Row row = table.rows().get(r);
            String tag = r == 0 ? "th" : "td";
            h.append(switch (row.kind()) {
                case INSERTED -> "<tr class=\"row-inserted\">";
                case DELETED -> "<tr class=\"row-deleted\">";
                case EQUAL -> "<tr>";
            });
            for (int c = 0; c < columns; c++) {
                h.append('<').append(tag).append(r == 0 ? " scope=\"col\">" : ">");
                if (c < row.cells().size()) {
                    runs(h, row.cells().get(c));
                }
                h.append("</").append(tag).append('>');
            }
            h.append("</tr>");
        }
        h.append("</table>");
    }

    /**
     * Appends runs as escaped text, insertions as {@code <ins>} and deletions as {@code <del>}, each with its hidden
     * "inserted:"/"deleted:" label and end marker (the specification diff's report marks its changes the same way).
     */
    public static void runs(StringBuilder h, List<TextRun> runs) {
        for (TextRun run : runs) {
            switch (run.kind()) {
                case EQUAL -> h.append(escape(run.text()));
                case INSERTED -> h.append("<ins><span class=\"vh\">inserted: </span>").append(escape(run.text()))
                        .append("<span class=\"vh\"> end inserted</span></ins>");
                case DELETED -> h.append("<del><span class=\"vh\">deleted: </span>").append(escape(run.text()))
                        .append("<span class=\"vh\"> end deleted</span></del>");
            }
        }
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Escapes text for element content and double- or single-quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
