package org.tadworkbench.impactsheet.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ReleaseImpacts;

/**
 * The impact sheet as RFC 4180 CSV: CRLF line ends, a field quoted only when it holds a comma, a double quote or a
 * line break, quotes doubled inside. Values are written as they are (no formula-escaping prefix), so the CSV parses
 * back to exactly the register's text.
 */
public final class CsvWriter {

    private static final String CRLF = "\r\n";

    private CsvWriter() {
    }

    /** {@code currentTitle} gives the outline's title of a section number, or empty when unknown. */
    public static String write(ReleaseImpacts release, Function<String, Optional<String>> currentTitle) {
        StringBuilder out = new StringBuilder();
        Column[] columns = Column.values();
        for (int i = 0; i < columns.length; i++) {
            out.append(i == 0 ? "" : ",").append(field(columns[i].header()));
        }
        out.append(CRLF);
        for (ImpactRow row : release.impacts()) {
            Optional<String> title = currentTitle.apply(row.section());
            for (int i = 0; i < columns.length; i++) {
                out.append(i == 0 ? "" : ",").append(field(columns[i].value(row, title)));
            }
            out.append(CRLF);
        }
        return out.toString();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : value.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
