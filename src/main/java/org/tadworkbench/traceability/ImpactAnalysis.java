package org.tadworkbench.traceability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tadworkbench.document.Section;
import org.tadworkbench.document.SectionNumber;
import org.tadworkbench.impact.ClauseRef;
import org.tadworkbench.impact.ClauseRef.Relation;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ImpactStatus;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.impact.TraceLink;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.RelationshipType;
import org.tadworkbench.model.Variation;
import org.tadworkbench.workspace.Workspace;

/**
 * Computes which TAD sections a set of changed specification clauses may impact, the way the PID's experts did by
 * hand: from trace links (direct), from earlier assessments of the same clause, and, where the model has landed,
 * from the model elements the clause traces to or varies, followed along the relationships that carry the change
 * (requires, joins, hosts) to the sections that describe them. Each kind of evidence counts once, by its strongest
 * instance, and the kinds combine as independent chances (1 - Π(1 - s)): a section with several kinds of reason
 * outranks one with a single weak reason, and only a direct trace or assessment of the very clause reaches 1.
 * Direct hits come first.
 */
public final class ImpactAnalysis {

    static final double EXACT = 1.0;
    static final double RELATED_CLAUSE = 0.45;
    static final double ASSESSED = 0.95;
    static final double ASSESSED_RELATED = 0.3;
    static final double ELEMENT = 0.7;
    static final double HOP = 0.5;
    private static final int MAX_HOPS = 2;

    private final Workspace ws;
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Map<String, Element> elements = new HashMap<>();
    private final Map<String, List<String>> sectionsByElement = new HashMap<>();
    private final Map<String, List<Relationship>> neighbours = new HashMap<>();
    // Everything that cites a clause, by document: a query only looks at the changed document's citations.
    private final Map<String, List<TraceLink>> tracesByDocument = new HashMap<>();
    private final Map<String, List<AssessedRow>> rowsByDocument = new HashMap<>();
    private final Map<String, List<Variation>> variationsByDocument = new HashMap<>();

    private record AssessedRow(String release, ImpactRow row) {
    }

    /** Indexes the workspace once; queries are then cheap. */
    public ImpactAnalysis(Workspace ws) {
        this.ws = ws;
        ws.sections().forEach(s -> sections.put(s.number(), s));
        ws.model().elements().forEach(e -> elements.put(e.id(), e));
        for (Section section : ws.sections()) {
            section.elements().forEach(e -> sectionsByElement.computeIfAbsent(e, k -> new ArrayList<>()).add(section.number()));
        }
        ws.traces().forEach(t -> tracesByDocument.computeIfAbsent(key(t.document()), k -> new ArrayList<>()).add(t));
        for (ReleaseImpacts release : ws.releases()) {
            release.impacts().stream().filter(ImpactAnalysis::assessedAsImpacting).forEach(row -> rowsByDocument
                    .computeIfAbsent(key(row.document()), k -> new ArrayList<>()).add(new AssessedRow(release.release(), row)));
        }
        ws.model().variations().forEach(v -> variationsByDocument.computeIfAbsent(key(v.document()), k -> new ArrayList<>()).add(v));
        for (Relationship r : ws.model().relationships()) {
            if (carriesChange(r.type())) {
                neighbours.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r);
                neighbours.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
            }
        }
    }

    /** Ranked candidates, best first; ties by outline order. */
    public List<Candidate> candidates(List<ClauseRef> changed) {
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        for (ClauseRef clause : changed) {
            fromTraces(clause, evidence);
            fromAssessments(clause, evidence);
            fromModel(clause, evidence);
        }
        return evidence.entrySet().stream()
                .filter(e -> sections.containsKey(e.getKey()))
                .map(e -> new Candidate(e.getKey(), sections.get(e.getKey()).title(), e.getValue().score(),
                        e.getValue().direct, e.getValue().reasons))
                .sorted(Comparator.comparing(Candidate::direct).reversed()
                        .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
                        .thenComparing(c -> SectionNumber.parse(c.section())))
                .toList();
    }

    private void fromTraces(ClauseRef clause, Map<String, Evidence> evidence) {
        for (TraceLink trace : tracesByDocument.getOrDefault(key(clause.document()), List.of())) {
            if (trace.section() == null) {
                continue;
            }
            Relation relation = clause.relationTo(trace.document(), trace.clause());
            if (relation == Relation.SAME) {
                add(evidence, trace.section(), "trace", EXACT, true, clause + ": section " + trace.section() + " "
                        + kind(trace) + " " + trace.citation() + " (trace)");
            } else if (relation != Relation.NONE) {
                add(evidence, trace.section(), "related trace", RELATED_CLAUSE, false, clause + " " + (relation == Relation.WITHIN ? "lies within" : "contains")
                        + " " + trace.citation() + ", which section " + trace.section() + " " + kind(trace) + " (trace)");
            }
        }
    }

    private void fromAssessments(ClauseRef clause, Map<String, Evidence> evidence) {
        for (AssessedRow assessed : rowsByDocument.getOrDefault(key(clause.document()), List.of())) {
            {
                ImpactRow row = assessed.row();
                String release = assessed.release();
                Relation relation = clause.relationTo(row.document(), row.clause());
                if (relation == Relation.SAME) {
                    add(evidence, row.section(), "assessment", ASSESSED, true, clause + ": assessed in " + release + " row "
                            + row.id() + " as impacting " + row.section() + ": " + row.change());
                } else if (relation != Relation.NONE) {
                    add(evidence, row.section(), "related assessment", ASSESSED_RELATED, false, clause + " is related to " + row.document() + " "
                            + row.clause() + ", assessed in " + release + " row " + row.id() + " as impacting " + row.section());
                }
            }
        }
    }

    /** Elements the clause traces to or varies, then their neighbours, then the sections that describe them. */
    private void fromModel(ClauseRef clause, Map<String, Evidence> evidence) {
        Map<String, String> seeds = new LinkedHashMap<>();
        for (TraceLink trace : tracesByDocument.getOrDefault(key(clause.document()), List.of())) {
            if (trace.element() != null && clause.relationTo(trace.document(), trace.clause()) == Relation.SAME) {
                seeds.putIfAbsent(trace.element(), clause + ": element " + trace.element() + " " + kind(trace) + " " + trace.citation());
            }
        }
        for (Variation variation : variationsByDocument.getOrDefault(key(clause.document()), List.of())) {
            if (clause.relationTo(variation.document(), variation.clause()) != Relation.SAME) {
                continue;
            }
            String why = clause + ": variation " + variation.id() + " (" + variation.kind().name().toLowerCase().replace('_', '-')
                    + ") of " + variation.target();
            ws.model().element(variation.target()).ifPresent(e -> seeds.putIfAbsent(e.id(), why));
            ws.model().relationship(variation.target()).ifPresent(r -> {
                seeds.putIfAbsent(r.from(), why + ", which starts at " + r.from());
                seeds.putIfAbsent(r.to(), why + ", which ends at " + r.to());
            });
        }
        seeds.forEach((element, why) -> walk(element, why, ELEMENT, 0, evidence));
    }

    private void walk(String element, String chain, double strength, int hops, Map<String, Evidence> evidence) {
        for (String section : sectionsByElement.getOrDefault(element, List.of())) {
            add(evidence, section, "model", strength, false, chain + " → section " + section + " describes " + label(element));
        }
        if (hops == MAX_HOPS) {
            return;
        }
        for (Relationship r : neighbours.getOrDefault(element, List.of())) {
            String next = r.from().equals(element) ? r.to() : r.from();
            if (chain.contains(" " + next + " ") || chain.endsWith(" " + next)) {
                continue;
            }
            walk(next, chain + " → " + r.from() + " " + r.type().name().toLowerCase().replace('_', '-') + " " + r.to(),
                    strength * HOP, hops + 1, evidence);
        }
    }

    private String label(String elementId) {
        Element element = elements.get(elementId);
        return element == null ? elementId : element.label();
    }

    /**
     * Rows that are an expert's finding of impact: a proposal is the workbench's own guess (counting it would have
     * the analysis confirm itself), and a section found not impacted (a rejected proposal) is evidence against.
     */
    private static boolean assessedAsImpacting(ImpactRow row) {
        return row.hasImpact() && row.status() != ImpactStatus.PROPOSED && row.status() != ImpactStatus.NO_IMPACT;
    }

    private static String key(String document) {
        return document.toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean carriesChange(RelationshipType type) {
        return type == RelationshipType.REQUIRES || type == RelationshipType.JOINS || type == RelationshipType.HOSTS;
    }

    private static String kind(TraceLink trace) {
        return trace.kind().name().toLowerCase().replace('_', '-');
    }

    private static void add(Map<String, Evidence> evidence, String section, String kind, double strength, boolean direct,
                            String reason) {
        evidence.computeIfAbsent(section, k -> new Evidence()).add(kind, strength, direct, reason);
    }

    /** The strongest instance of each kind of evidence found for one section. */
    private static final class Evidence {
        private final Map<String, Double> strength = new LinkedHashMap<>();
        private final Map<String, String> reason = new LinkedHashMap<>();
        private boolean direct;
        private List<String> reasons = List.of();

        void add(String kind, double value, boolean isDirect, String why) {
            direct |= isDirect;
            if (value > strength.getOrDefault(kind, 0.0)) {
                strength.put(kind, value);
                reason.put(kind, why);
                reasons = List.copyOf(reason.values());
            }
        }

        double score() {
            double missChance = 1.0;
            for (double value : strength.values()) {
                missChance *= 1.0 - value;
            }
            return Math.round((1.0 - missChance) * 1000) / 1000.0;
        }
    }
}
