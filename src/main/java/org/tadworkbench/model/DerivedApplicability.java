package org.tadworkbench.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tadworkbench.document.Applicability;

/**
 * Where each element applies, as the availability analysis derives it: an element applies to a variant when it is
 * available there or replaced there (its role is then played by the replacement, as the CHF's is by the SMETS1
 * communications hub). The lint rules hold the declared applicability of elements and sections to this, so that
 * the text, the diagrams and {@code tad model availability} say one thing.
 */
public final class DerivedApplicability {

    private final AvailabilityAnalysis smets2plus;
    private final AvailabilityAnalysis smets1;

    public DerivedApplicability(ArchitectureModel model) {
        this.smets2plus = new AvailabilityAnalysis(model, Applicability.SMETS2PLUS);
        this.smets1 = new AvailabilityAnalysis(model, Applicability.SMETS1);
        // Evaluated requirements first, so that no analysis recurses down a long chain of requires.
        for (String id : requirementsFirst(model)) {
            smets2plus.of(id);
            smets1.of(id);
        }
    }

    /** The variants the element applies to; empty when it applies to neither (it requires what neither has). */
    public Optional<Applicability> of(String elementId) {
        return combine(appliesIn(smets2plus, elementId), appliesIn(smets1, elementId));
    }

    /** Why the element is absent from a variant: the analysis's chain of reasons (empty when it is present). */
    public List<String> whyNot(String elementId, Applicability variant) {
        AvailabilityItem item = (variant == Applicability.SMETS1 ? smets1 : smets2plus).of(elementId);
        return appliesIn(item) ? List.of() : item.reasons();
    }

    /** The variants covered by any of the given applicabilities; empty for none. */
    public static Optional<Applicability> union(Collection<Applicability> applicabilities) {
        boolean two = applicabilities.stream().anyMatch(a -> a.appliesTo(Applicability.SMETS2PLUS));
        boolean one = applicabilities.stream().anyMatch(a -> a.appliesTo(Applicability.SMETS1));
        return combine(two, one);
    }

    public static String label(Applicability applicability) {
        return switch (applicability) {
            case SMETS2PLUS -> "SMETS2+ only";
            case SMETS1 -> "SMETS1 only";
            case BOTH -> "both SMETS2+ and SMETS1";
        };
    }

    private static Optional<Applicability> combine(boolean smets2plus, boolean smets1) {
        if (smets2plus && smets1) {
            return Optional.of(Applicability.BOTH);
        }
        if (smets2plus || smets1) {
            return Optional.of(smets2plus ? Applicability.SMETS2PLUS : Applicability.SMETS1);
        }
        return Optional.empty();
    }

    private static boolean appliesIn(AvailabilityAnalysis analysis, String elementId) {
        return appliesIn(analysis.of(elementId));
    }

    private static boolean appliesIn(AvailabilityItem item) {
        return item.available() || "replaced".equals(item.status());
    }

    /** Elements in an order where what an element requires comes before it (iterative: chains may be long). */
    private static List<String> requirementsFirst(ArchitectureModel model) {
        Map<String, List<String>> requires = new HashMap<>();
        for (Relationship r : model.relationships()) {
            if (r.type() == RelationshipType.REQUIRES) {
                requires.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r.to());
            }
        }
        Set<String> known = new HashSet<>();
        model.elements().forEach(e -> known.add(e.id()));
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Element element : model.elements()) {
            if (!seen.add(element.id())) {
                continue;
            }
            Deque<Map.Entry<String, Integer>> stack = new ArrayDeque<>();
            stack.push(Map.entry(element.id(), 0));
            while (!stack.isEmpty()) {
                Map.Entry<String, Integer> top = stack.pop();
                List<String> next = requires.getOrDefault(top.getKey(), List.of());
                if (top.getValue() < next.size()) {
                    stack.push(Map.entry(top.getKey(), top.getValue() + 1));
                    String needed = next.get(top.getValue());
                    if (known.contains(needed) && seen.add(needed)) {
                        stack.push(Map.entry(needed, 0));
                    }
                } else {
                    order.add(top.getKey());
                }
            }
        }
        return order;
    }
}
