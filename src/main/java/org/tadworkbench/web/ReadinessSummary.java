package org.tadworkbench.web;

import java.math.BigDecimal;
import java.util.List;
import org.tadworkbench.traceability.CoverageReport;

/**
 * A release register's readiness as the pages show it: rows by status (in lifecycle order, as the analysis gives
 * them) and effort in Working Days, written plainly (0.5, not 0.50).
 */
record ReadinessSummary(String release, int rows, List<StatusCount> byStatus, String estimated, String actual,
                        String left) {

    static ReadinessSummary of(CoverageReport.Readiness readiness) {
        return new ReadinessSummary(readiness.release(), readiness.rows(),
                readiness.byStatus().entrySet().stream()
                        .map(e -> new StatusCount(e.getKey(), e.getKey().replace('-', ' '), e.getValue())).toList(),
                days(readiness.estimated()), days(readiness.actual()), days(readiness.effortLeft()));
    }

    static String days(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** {@code code} is the file spelling (no-impact), {@code label} the words (no impact). */
    record StatusCount(String code, String label, int count) {
    }
}
