package org.tadworkbench.specdiff;

import static org.tadworkbench.redline.HtmlRedline.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tadworkbench.redline.HtmlRedline;
import org.tadworkbench.redline.RunKind;
import org.tadworkbench.redline.TextRun;

/**
 * A specification diff as one self-contained HTML page that reads like a reviewer's redline: the summary first,
 * a table of every change linking to it, then each changed clause with its old and new number and its word diff.
 * Insertions and deletions are marked as the document redline marks them ({@link HtmlRedline#runs}: {@code <ins>}
 * and {@code <del>} with hidden "inserted:"/"deleted:" labels for screen readers). All text is escaped; no scripts,
 * no external references. Clauses that are unchanged but renumbered or moved are listed in a table, not repeated.
 */
public final class SpecDiffHtml {


    private SpecDiffHtml() {
    }

    public static String render(SpecDiff diff) {
        StringBuilder h = new StringBuilder(64 * 1024);
        String title = SpecDiffSummary.title(diff);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n").append(HtmlRedline.styleElement()).append("\n</head>\n<body>\n<main>\n");
        h.append("<h1>").append(escape(title)).append("</h1>\n");
        h.append("<p>Key: <ins>inserted text<span class=\"vh\"> (inserted)</span></ins>, <del>deleted text<span class=\"vh\"> (deleted)</span></del>. ")
                .append("Screen readers announce each change as \u201cinserted:\u201d or \u201cdeleted:\u201d.</p>\n");
        h.append("<h2 id=\"summary\">Summary</h2>\n<p>").append(escape(SpecDiffSummary.describe(diff))).append(".</p>\n");
        List<ClauseChange> changed = diff.changes().stream().filter(c -> c.kind() != ChangeKind.UNCHANGED).toList();
        List<ClauseChange> shifted = diff.changes().stream()
                .filter(c -> c.kind() == ChangeKind.UNCHANGED && (c.renumbered() || c.moved())).toList();
        if (!changed.isEmpty()) {
            h.append("<table>\n<caption class=\"vh\">Changed clauses</caption>\n<thead><tr><th scope=\"col\">Old number</th>")
                    .append("<th scope=\"col\">New number</th><th scope=\"col\">Title</th><th scope=\"col\">Change</th>")
                    .append("<th scope=\"col\">Similarity</th></tr></thead>\n<tbody>\n");
            for (int k = 0; k < changed.size(); k++) {
                ClauseChange c = changed.get(k);
                h.append("<tr><td>").append(escape(number(c.from()))).append("</td><td>").append(escape(number(c.to())))
                        .append("</td><td><a href=\"#c").append(k + 1).append("\">").append(escape(title(c))).append("</a></td><td>")
                        .append(escape(SpecDiffSummary.describe(c))).append("</td><td class=\"n\">")
                        .append(c.from() != null && c.to() != null ? String.format(Locale.ROOT, "%.2f", c.similarity()) : "")
                        .append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("<h2 id=\"changes\">Changed clauses</h2>\n");
        if (changed.isEmpty()) {
            h.append("<p>No clause changed its title or text.</p>\n");
        }
        for (int k = 0; k < changed.size(); k++) {
            clause(h, changed.get(k), "c" + (k + 1));
        }
        if (!shifted.isEmpty()) {
            h.append("<h2 id=\"shifted\">Unchanged, but renumbered or moved</h2>\n<table>\n<thead><tr><th scope=\"col\">Old number</th>")
                    .append("<th scope=\"col\">New number</th><th scope=\"col\">Title</th><th scope=\"col\">Change</th></tr></thead>\n<tbody>\n");
            for (ClauseChange c : shifted) {
                h.append("<tr><td>").append(escape(number(c.from()))).append("</td><td>").append(escape(number(c.to())))
                        .append("</td><td>").append(escape(c.to().title())).append("</td><td>")
                        .append(escape(SpecDiffSummary.describe(c))).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void clause(StringBuilder h, ClauseChange c, String id) {
        h.append("<section class=\"change ").append(c.kind().word()).append("\" id=\"").append(id).append("\" aria-labelledby=\"")
                .append(id).append("h\">\n<h3 id=\"").append(id).append("h\">");
        switch (c.kind()) {
            case ADDED -> HtmlRedline.runs(h, List.of(new TextRun(RunKind.INSERTED, c.to().label())));
            case REMOVED -> HtmlRedline.runs(h, List.of(new TextRun(RunKind.DELETED, c.from().label())));
            default -> {
                if (c.renumbered()) {
                    HtmlRedline.runs(h, List.of(new TextRun(RunKind.DELETED, number(c.from())),
                            new TextRun(RunKind.INSERTED, number(c.to()))));
                } else {
                    h.append(escape(c.to().number()));
                }
                h.append(' ');
                HtmlRedline.runs(h, runs(c.titleDiff(), c.to().title()));
            }
        }
        h.append("</h3>\n<p class=\"what\">").append(escape(capitalise(SpecDiffSummary.describe(c)))).append("</p>\n");
        List<TextRun> body = switch (c.kind()) {
            case ADDED -> c.to().text().isEmpty() ? List.of() : List.of(new TextRun(RunKind.INSERTED, c.to().text()));
            case REMOVED -> c.from().text().isEmpty() ? List.of() : List.of(new TextRun(RunKind.DELETED, c.from().text()));
            default -> runs(c.textDiff(), c.to().text());
        };
        if (!body.isEmpty()) {
            h.append("<div class=\"text\">");
            HtmlRedline.runs(h, body);
            h.append("</div>\n");
        }
        h.append("</section>\n");
    }

    /** The segments as runs; without a word diff (unchanged), the text itself. */
    private static List<TextRun> runs(List<DiffSegment> segments, String unchanged) {
        List<TextRun> runs = new ArrayList<>();
        if (segments.isEmpty()) {
            if (!unchanged.isEmpty()) {
                runs.add(new TextRun(RunKind.EQUAL, unchanged));
            }
            return runs;
        }
        for (DiffSegment s : segments) {
            runs.add(new TextRun(switch (s.op()) {
                case EQUAL -> RunKind.EQUAL;
                case INSERT -> RunKind.INSERTED;
                case DELETE -> RunKind.DELETED;
            }, s.text()));
        }
        return runs;
    }

    private static String number(org.tadworkbench.spec.SpecClause clause) {
        return clause == null ? "" : clause.number().isEmpty() ? "(no number)" : clause.number();
    }

    private static String title(ClauseChange c) {
        return c.to() != null ? c.to().title() : c.from().title();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
