package org.tadworkbench.traceability;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Where the traceability has gaps: clauses of the current baseline that nothing traces to, sections with no
 * source, impact rows no section change has realised yet, and how ready each release's register is.
 */
public record CoverageReport(String baseline, List<String> untracedClauses, List<String> sectionsWithoutSource,
                             List<UnrealisedRow> unrealisedRows, List<Readiness> releases) {

    /** An impact row with work still to do. */
    public record UnrealisedRow(String release, String row, String document, String clause, String section,
                                String status) {
    }

    /** Rows by status and effort (Working Days) of one release's register. */
    public record Readiness(String release, int rows, Map<String, Integer> byStatus, BigDecimal estimated,
                            BigDecimal actual, BigDecimal effortLeft) {
    }
}
