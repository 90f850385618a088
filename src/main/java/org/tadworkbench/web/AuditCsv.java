package org.tadworkbench.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tadworkbench.review.AuditEntry;

/**
 * The audit trail as RFC 4180 CSV: a header, CRLF line ends, fields quoted when they hold a comma, a quote or a line
 * break (quotes doubled). A cell that a spreadsheet would take for a formula (starting with = + - @, a tab or a
 * carriage return) gets a leading apostrophe, so opening the export never runs anything.
 */
final class AuditCsv {

    private static final String CRLF = "\r\n";

    private AuditCsv() {
    }

    static String write(List<AuditEntry> entries) {
        StringBuilder out = new StringBuilder();
        row(out, Stream.of("sequence", "at", "actor", "action", "subject kind", "subject", "before", "after"));
        for (AuditEntry e : entries) {
            row(out, Stream.of(String.valueOf(e.sequence()), e.at().toString(), e.actor(), e.action(), e.subjectKind(),
                    e.subjectId(), e.before(), e.after()));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, Stream<String> cells) {
        out.append(cells.map(AuditCsv::cell).collect(Collectors.joining(","))).append(CRLF);
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
