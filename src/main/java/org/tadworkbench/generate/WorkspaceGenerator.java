package org.tadworkbench.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.DocumentManifest;
import org.tadworkbench.document.DocumentReference;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.GlossaryTerm;
import org.tadworkbench.document.Section;
import org.tadworkbench.document.VersionStatus;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ImpactStatus;
import org.tadworkbench.impact.ImpactTarget;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.impact.TraceKind;
import org.tadworkbench.impact.TraceLink;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.DerivedApplicability;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.ElementType;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.RelationshipType;
import org.tadworkbench.model.Variation;
import org.tadworkbench.model.VariationKind;
import org.tadworkbench.model.View;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.BudgetLine;
import org.tadworkbench.plan.Milestone;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidEntry;
import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.plan.Resource;
import org.tadworkbench.plan.Risk;
import org.tadworkbench.spec.Baseline;
import org.tadworkbench.spec.SpecKind;
import org.tadworkbench.spec.SpecRegister;
import org.tadworkbench.spec.SpecStatus;
import org.tadworkbench.spec.SpecVersion;
import org.tadworkbench.spec.Specification;
import org.tadworkbench.workspace.Workspace;

/**
 * Makes a valid synthetic workspace of a given size, the same for the same seed, so that every benchmark
 * measures the same work. Everything it names exists: links, references, impact rows and relationships resolve.
 */
public final class WorkspaceGenerator {

    private static final String[] WORDS = {"meter", "hub", "gateway", "service", "request", "alert", "tariff",
            "network", "device", "security", "interface", "message", "command", "response", "supplier", "inventory",
            "credential", "firmware", "schedule", "register", "profile", "event", "log", "join", "mirror", "proxy"};
    private static final int SPECS = 20;
    private static final int CHAPTERS = 9;
    private static final int MAX_DEPTH = 5;
    private static final Set<RelationshipType> ACYCLIC = Set.of(RelationshipType.REQUIRES, RelationshipType.PART_OF);

    public Workspace generate(GeneratorSize size) {
        SplittableRandom random = new SplittableRandom(size.seed());
        List<Baseline> baselines = List.of(new Baseline("b1", "Baseline one", LocalDate.of(2020, 1, 31)),
                new Baseline("b2", "Baseline two", LocalDate.of(2021, 1, 29)));
        List<Specification> specs = new ArrayList<>();
        List<DocumentReference> references = new ArrayList<>();
        for (int i = 1; i <= SPECS; i++) {
            String id = "SPEC-" + i;
            specs.add(new Specification(id, "Specification " + i + " " + words(random, 3), SpecKind.SEC_APPENDIX, null,
                    List.of(new SpecVersion("1." + i, null, "b1", SpecStatus.BASELINED, null),
                            new SpecVersion("2." + i, null, "b2", SpecStatus.DRAFT, null))));
            references.add(new DocumentReference("REF-" + i, "Reference to specification " + i, id, "Generator", null));
        }
        List<Element> elements = new ArrayList<>();
        ElementType[] types = Arrays.stream(ElementType.values()).filter(t -> t != ElementType.OTHER).toArray(ElementType[]::new);
        Applicability[] applicabilities = Applicability.values();
        for (int i = 1; i <= size.elements(); i++) {
            elements.add(new Element("e" + i, types[random.nextInt(types.length)], capitalised(words(random, 2)) + " " + i,
                    null, applicabilities[random.nextInt(applicabilities.length)], null, null));
        }
        List<Relationship> relationships = new ArrayList<>();
        RelationshipType[] relationshipTypes = RelationshipType.values();
        for (int i = 1; i <= size.relationships(); i++) {
            int from = random.nextInt(size.elements());
            int to = (from + 1 + random.nextInt(size.elements() - 1)) % size.elements();
            RelationshipType type = relationshipTypes[random.nextInt(relationshipTypes.length)];
            if (ACYCLIC.contains(type) && from < to) {
                // requires and part-of must not form cycles: always point from a later element to an earlier one
                int swap = from;
                from = to;
                to = swap;
            }
            relationships.add(new Relationship("L" + i, type, "e" + (from + 1), "e" + (to + 1),
                    applicabilities[random.nextInt(applicabilities.length)]));
        }
        List<Variation> variations = new ArrayList<>();
        VariationKind[] kinds = {VariationKind.NOT_APPLICABLE, VariationKind.CONSTRAINED};
        Set<String> varied = new HashSet<>();
        for (int i = 1; i <= size.elements() / 50; i++) {
            Element target = elements.get(random.nextInt(size.elements()));
            if (target.applicability() == Applicability.SMETS1 || !varied.add(target.id())) {
                continue; // SMETS1-only elements are added, not varied; one variation per element
            }
            variations.add(new Variation("v" + i, target.id(), kinds[random.nextInt(kinds.length)], null, "SPEC-1",
                    (1 + random.nextInt(9)) + "." + (1 + random.nextInt(9)), capitalised(words(random, 6)) + "."));
        }
        // Lint holds declared applicability to what the model derives, so the generator declares what it derives.
        DerivedApplicability derived = new DerivedApplicability(new ArchitectureModel(elements, relationships, variations, List.of()));
        elements = elements.stream().map(e -> derived.of(e.id()).filter(where -> where != e.applicability())
                .map(where -> new Element(e.id(), e.type(), e.name(), e.code(), where, e.description(), e.archimateType()))
                .orElse(e)).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        Set<String> smets1Only = new HashSet<>();
        elements.stream().filter(e -> e.applicability() == Applicability.SMETS1).forEach(e -> smets1Only.add(e.id()));
        variations.removeIf(v -> smets1Only.contains(v.target())); // SMETS1-only elements are added, not varied
        // One view per element type that occurs: each shows that type's elements and the links among them.
        List<View> views = elements.stream().map(Element::type).distinct().sorted()
                .map(type -> new View("view-" + type.name().toLowerCase().replace('_', '-'), "All " + type.name().toLowerCase().replace('_', ' ') + " elements",
                        null, List.of(type), List.of(), List.of(), null)).toList();
        List<String> numbers = outline(size.sections(), random);
        List<Section> sections = new ArrayList<>();
        for (String number : numbers) {
            List<String> cites = random.nextInt(3) == 0 ? List.of("REF-" + (1 + random.nextInt(SPECS))) : List.of();
            List<String> names = size.elements() > 0 && random.nextBoolean() ? List.of("e" + (1 + random.nextInt(size.elements()))) : List.of();
            String body = capitalised(words(random, 12)) + ". See [" + numbers.get(random.nextInt(numbers.size()))
                    + "](section:" + numbers.get(random.nextInt(numbers.size())) + ") for the " + words(random, 3) + ".\n\n"
                    + capitalised(words(random, 20)) + "."
                    + (!views.isEmpty() && random.nextInt(20) == 0 ? "\n\n![Figure](view:" + views.get(random.nextInt(views.size())).id() + ")" : "");
            Applicability drawn = applicabilities[random.nextInt(applicabilities.length)];
            Applicability applicability = DerivedApplicability.union(names.stream().map(derived::of).flatMap(Optional::stream).toList())
                    .orElse(drawn); // a section applies where the elements it describes do
            sections.add(new Section(number, capitalised(words(random, 3)) + " " + number, applicability, cites, names, body));
        }
        List<ImpactRow> rows = new ArrayList<>();
        for (int i = 1; i <= Math.max(1, size.sections() / 10); i++) {
            Specification spec = specs.get(random.nextInt(SPECS));
            String section = numbers.get(random.nextInt(numbers.size()));
            rows.add(new ImpactRow(String.format("R%05d", i), spec.id(), spec.versions().get(1).version(),
                    random.nextInt(9) + 1 + "." + (random.nextInt(9) + 1), null, section, ImpactTarget.SECTION, null,
                    capitalised(words(random, 8)) + ".", ImpactStatus.IDENTIFIED, null, null, null, null, List.of()));
        }
        DocumentManifest manifest = new DocumentManifest("generated-" + size.seed(), "Generated Technical Architecture Document",
                "Generator", "White", "Synthetic workspace for benchmarks (" + size.sections() + " sections, "
                + size.elements() + " elements, " + size.relationships() + " relationships, " + size.links()
                + " trace links, seed " + size.seed() + ").",
                List.of(new DocumentVersion("1.0", VersionStatus.LIVE, LocalDate.of(2020, 1, 31), "b1", "First version."),
                        new DocumentVersion("2.0", VersionStatus.DRAFT, LocalDate.of(2021, 1, 4), "b2", "Draft.")));
        List<GlossaryTerm> glossary = List.of(
                new GlossaryTerm("Hub", "The gateway between networks.", List.of("Gateway box"), "REF-1"),
                new GlossaryTerm("Meter", "A device that measures supply.", List.of(), null));
        List<TraceLink> traces = traces(size, numbers, specs, random);
        return new Workspace(manifest, sections, glossary, references, new SpecRegister(baselines, specs),
                List.of(new ReleaseImpacts("b2", "Impacts of baseline two", List.of(), rows)),
                size.tasks() == 0 ? plan() : PlanGenerator.generate(size.tasks(), random), raid(),
                new ArchitectureModel(elements, relationships, variations, views), traces, List.of());
    }

    /** Trace links: mostly from sections, some from elements, to clauses of the specifications (two levels deep). */
    private static List<TraceLink> traces(GeneratorSize size, List<String> sections, List<Specification> specs,
                                          SplittableRandom random) {
        TraceKind[] kinds = TraceKind.values();
        List<TraceLink> traces = new ArrayList<>(size.links());
        for (int i = 0; i < size.links(); i++) {
            Specification spec = specs.get(random.nextInt(specs.size()));
            String clause = (1 + random.nextInt(12)) + "." + (1 + random.nextInt(9))
                    + (random.nextBoolean() ? "." + (1 + random.nextInt(9)) : "");
            boolean fromElement = size.elements() > 0 && random.nextInt(10) < 3;
            traces.add(new TraceLink(fromElement ? null : sections.get(random.nextInt(sections.size())),
                    fromElement ? "e" + (1 + random.nextInt(size.elements())) : null, spec.id(),
                    random.nextBoolean() ? spec.versions().get(1).version() : null, clause, kinds[random.nextInt(kinds.length)]));
        }
        return traces;
    }

    /** Section numbers of a plausible outline: chapters, then children under random parents, at most five deep. */
    private static List<String> outline(int count, SplittableRandom random) {
        List<String> numbers = new ArrayList<>();
        Map<String, Integer> children = new HashMap<>();
        for (int i = 1; i <= Math.min(CHAPTERS, count); i++) {
            numbers.add(Integer.toString(i));
        }
        while (numbers.size() < count) {
            String parent = numbers.get(random.nextInt(numbers.size()));
            if (parent.split("\\.").length >= MAX_DEPTH) {
                continue;
            }
            int child = children.merge(parent, 1, Integer::sum);
            numbers.add(parent + "." + child);
        }
        return numbers;
    }

    private static Plan plan() {
        LocalDate start = LocalDate.of(2021, 1, 4);
        return new Plan("GBP", List.of(new Resource("core", "Core team", new BigDecimal("900"))),
                List.of(new Milestone("M1", "Review", start, start.plusDays(14), null)),
                List.of(new Activity("A1", "M1", "Review impacts", "core", new BigDecimal("5"), start, start.plusDays(14),
                        "Project Manager", List.of())),
                List.of(new BudgetLine("2020/21", new BigDecimal("10000"), null)));
    }

    private static RaidLog raid() {
        return new RaidLog(List.of(new Risk("R1", "Estimate too low", null, 3, 3, "Project Manager", "Monitor monthly",
                "open", LocalDate.of(2021, 1, 4))), List.of(new RaidEntry("AS1", "Experts are available.", null)),
                List.of(), List.of(), List.of());
    }

    private static String words(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
