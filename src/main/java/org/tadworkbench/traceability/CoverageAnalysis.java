package org.tadworkbench.traceability;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.Section;
import org.tadworkbench.impact.ClauseRef;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ImpactStatus;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.impact.TraceLink;
import org.tadworkbench.model.Variation;
import org.tadworkbench.workspace.Workspace;

/** Computes the {@link CoverageReport} of a workspace. */
public final class CoverageAnalysis {


    private CoverageAnalysis() {
    }

    public static CoverageReport of(Workspace ws) {
        String baseline = ws.manifest().currentVersion().map(DocumentVersion::release).orElse(null);
        return new CoverageReport(baseline, untracedClauses(ws, baseline), sectionsWithoutSource(ws),
                unrealisedRows(ws), ws.releases().stream().map(CoverageAnalysis::readiness).toList());
    }

    /**
     * The clauses the baseline's assessment and the model's variations cite (the register lists documents, not
     * their clauses), less those a trace link reaches.
     */
    private static List<String> untracedClauses(Workspace ws, String baseline) {
        Set<ClauseRef> cited = new LinkedHashSet<>();
        ws.releases().stream().filter(r -> r.release().equals(baseline)).flatMap(r -> r.impacts().stream())
                .filter(row -> row.hasImpact() && row.clause() != null)
                .forEach(row -> cited.add(new ClauseRef(row.document(), row.clause())));
        for (Variation variation : ws.model().variations()) {
            if (variation.clause() != null) {
                cited.add(new ClauseRef(variation.document(), variation.clause()));
            }
        }
        Map<String, List<TraceLink>> traces = new HashMap<>();
        ws.traces().forEach(t -> traces.computeIfAbsent(t.document().toLowerCase(), k -> new ArrayList<>()).add(t));
        List<String> untraced = new ArrayList<>();
        for (ClauseRef clause : cited) {
            boolean traced = traces.getOrDefault(clause.document().toLowerCase(), List.of()).stream()
                    .anyMatch(t -> clause.relationTo(t.document(), t.clause()) == ClauseRef.Relation.SAME);
            if (!traced) {
                untraced.add(clause.toString());
            }
        }
        return untraced;
    }

    private static List<String> sectionsWithoutSource(Workspace ws) {
        Set<String> traced = new HashSet<>();
        ws.traces().stream().filter(t -> t.section() != null).forEach(t -> traced.add(t.section()));
        return ws.sections().stream().map(Section::number).filter(n -> !traced.contains(n)).toList();
    }

    private static List<CoverageReport.UnrealisedRow> unrealisedRows(Workspace ws) {
        List<CoverageReport.UnrealisedRow> rows = new ArrayList<>();
        for (ReleaseImpacts release : ws.releases()) {
            for (ImpactRow row : release.impacts()) {
                if (row.isUnrealised()) {
                    rows.add(new CoverageReport.UnrealisedRow(release.release(), row.id(), row.document(), row.clause(),
                            row.section(), code(row.status())));
                }
            }
        }
        return rows;
    }

    private static CoverageReport.Readiness readiness(ReleaseImpacts release) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (ImpactStatus status : ImpactStatus.values()) {
            int count = (int) release.impacts().stream().filter(r -> r.status() == status).count();
            if (count > 0) {
                byStatus.put(code(status), count);
            }
        }
        BigDecimal estimated = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal left = BigDecimal.ZERO;
        for (ImpactRow row : release.impacts()) {
            BigDecimal estimate = row.estimate() == null ? BigDecimal.ZERO : row.estimate();
            BigDecimal spent = row.actual() == null ? BigDecimal.ZERO : row.actual();
            estimated = estimated.add(estimate);
            actual = actual.add(spent);
            if (!row.status().isFinished()) {
                left = left.add(estimate.subtract(spent).max(BigDecimal.ZERO));
            }
        }
        return new CoverageReport.Readiness(release.release(), release.impacts().size(), byStatus, estimated, actual, left);
    }

    private static String code(ImpactStatus status) {
        return status.name().toLowerCase().replace('_', '-');
    }
}
