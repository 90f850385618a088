package org.tadworkbench.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.spec.SpecRegister;
import org.tadworkbench.spec.Specification;

/**
 * A release's rows grouped as the PID's Appendix A groups them: by source document, then by clause, each in the
 * order it first appears. Grouping never reorders rows within a clause.
 */
record ImpactMatrix(List<DocumentGroup> documents, int rowCount) {

    static ImpactMatrix of(List<ImpactRow> rows, SpecRegister specs) {
        Map<String, Map<String, List<ImpactRow>>> grouped = new LinkedHashMap<>();
        for (ImpactRow row : rows) {
            grouped.computeIfAbsent(row.document(), d -> new LinkedHashMap<>())
                    .computeIfAbsent(row.clause() == null ? "" : row.clause(), c -> new ArrayList<>())
                    .add(row);
        }
        List<DocumentGroup> documents = grouped.entrySet().stream().map(document -> new DocumentGroup(
                document.getKey(),
                specs.spec(document.getKey()).map(Specification::title).orElse(null),
                versionsOf(document.getValue().values()),
                document.getValue().values().stream().map(ClauseGroup::new).toList())).toList();
        return new ImpactMatrix(documents, rows.size());
    }

    /** The versions of the document the rows assessed, usually one, e.g. "3.0d3"; null when none is given. */
    private static String versionsOf(Collection<List<ImpactRow>> clauses) {
        String versions = clauses.stream().flatMap(List::stream).map(ImpactRow::version).filter(Objects::nonNull)
                .distinct().collect(Collectors.joining(", "));
        return versions.isEmpty() ? null : versions;
    }

    record DocumentGroup(String document, String title, String versions, List<ClauseGroup> clauses) {
    }

    /** Rows citing the same clause; the clause and its title are those of the first row. */
    record ClauseGroup(List<ImpactRow> rows) {

        public String clause() {
            return rows.get(0).clause();
        }

        public String clauseTitle() {
            return rows.get(0).clauseTitle();
        }
    }
}
