package org.tadworkbench.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.spec.SpecRegister;
import org.tadworkbench.spec.Specification;

/**
 * A release's rows grouped as the PID's Appendix A groups them: by source document, then by clause, each in the
 * order it first appears. Grouping never reorders rows within a clause.
 */
record ImpactMatrix(List<DocumentGroup> documents, int rowCount) {

    /**
     * {@code sectionNumbers}: the outline's sections, which rows link to; {@code labels}: the words of targets and
     * statuses, looked up here once per row rather than by the template (its method calls were most of the page's cost).
     */
    static ImpactMatrix of(List<ImpactRow> rows, SpecRegister specs, Set<String> sectionNumbers, Labels labels) {
        Map<String, Map<String, List<MatrixRow>>> grouped = new LinkedHashMap<>();
        for (ImpactRow row : rows) {
            grouped.computeIfAbsent(row.document(), d -> new LinkedHashMap<>())
                    .computeIfAbsent(row.clause() == null ? "" : row.clause(), c -> new ArrayList<>())
                    .add(new MatrixRow(row, row.hasImpact() && sectionNumbers.contains(row.section()),
                            labels.of(row.target()), labels.code(row.status()), labels.of(row.status())));
        }
        List<DocumentGroup> documents = grouped.entrySet().stream().map(document -> new DocumentGroup(
                document.getKey(),
                specs.spec(document.getKey()).map(Specification::title).orElse(null),
                versionsOf(document.getValue().values()),
                document.getValue().values().stream().map(ClauseGroup::new).toList())).toList();
        return new ImpactMatrix(documents, rows.size());
    }

    /** The versions of the document the rows assessed, usually one, e.g. "3.0d3"; null when none is given. */
    private static String versionsOf(Collection<List<MatrixRow>> clauses) {
        String versions = clauses.stream().flatMap(List::stream).map(r -> r.row().version()).filter(Objects::nonNull)
                .distinct().collect(Collectors.joining(", "));
        return versions.isEmpty() ? null : versions;
    }

    record DocumentGroup(String document, String title, String versions, List<ClauseGroup> clauses) {
    }

    /** Rows citing the same clause; the clause and its title are those of the first row. */
    record ClauseGroup(List<MatrixRow> rows) {

        public String clause() {
            return rows.get(0).row().clause();
        }

        public String clauseTitle() {
            return rows.get(0).row().clauseTitle();
        }
    }

    /**
     * A row as the matrix shows it: {@code linked} when it impacts a section the outline has; the target and status
     * in words, and the status's code for its style.
     */
    record MatrixRow(ImpactRow row, boolean linked, String target, String statusCode, String statusLabel) {
    }
}
