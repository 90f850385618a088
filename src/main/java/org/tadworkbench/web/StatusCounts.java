package org.tadworkbench.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ImpactStatus;

/** How many rows have each status, in lifecycle order; statuses no row has are left out. */
final class StatusCounts {

    private StatusCounts() {
    }

    static Map<ImpactStatus, Long> of(List<ImpactRow> rows) {
        Map<ImpactStatus, Long> counts = new EnumMap<>(ImpactStatus.class);
        rows.forEach(row -> counts.merge(row.status(), 1L, Long::sum));
        return counts;
    }
}
