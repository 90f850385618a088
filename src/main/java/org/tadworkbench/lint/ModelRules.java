package org.tadworkbench.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.RelationshipType;
import org.tadworkbench.model.Variation;
import org.tadworkbench.model.VariationKind;
import org.tadworkbench.model.View;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.Workspace;

/**
 * The architecture model: unique ids, relationships between elements that exist, no cycles where a cycle makes
 * no sense (requires, part-of), variations of things that exist and that cite a known document, views of known
 * elements.
 */
final class ModelRules extends Rules {

    private static final Set<RelationshipType> ACYCLIC = Set.of(RelationshipType.REQUIRES, RelationshipType.PART_OF);

    ModelRules(Workspace ws, Locations at) {
        super(ws, at);
    }

    @Override
    void run() {
        Map<String, Element> elements = unique(ws.model().elements(), Element::id, "model element");
        Map<String, Relationship> relationships = unique(ws.model().relationships(), Relationship::id, "relationship");
        for (Relationship relationship : ws.model().relationships()) {
            if (!elements.containsKey(relationship.from())) {
                error(relationship, "from", "unknown-element", "relationship " + relationship.id()
                        + " starts at unknown element '" + relationship.from() + "'");
            }
            if (!elements.containsKey(relationship.to())) {
                error(relationship, "to", "unknown-element", "relationship " + relationship.id()
                        + " ends at unknown element '" + relationship.to() + "'");
            }
        }
        ACYCLIC.forEach(type -> findCycles(type, elements));
        unique(ws.model().variations(), Variation::id, "variation");
        Map<String, Variation> byTarget = new HashMap<>();
        for (Variation variation : ws.model().variations()) {
            checkVariation(variation, elements, relationships);
            Variation earlier = byTarget.putIfAbsent(variation.target(), variation);
            if (earlier != null) {
                error(variation, "target", "variation", "variations " + earlier.id() + " and " + variation.id()
                        + " both vary '" + variation.target() + "'; say it in one");
            }
        }
        unique(ws.model().views(), View::id, "view");
        for (View view : ws.model().views()) {
            view.elements().stream().filter(id -> !elements.containsKey(id)).forEach(id -> error(view, "elements",
                    "unknown-element", "view " + view.id() + " lists unknown element '" + id + "'"));
        }
    }

    private void checkVariation(Variation variation, Map<String, Element> elements, Map<String, Relationship> relationships) {
        Element element = elements.get(variation.target());
        Relationship relationship = relationships.get(variation.target());
        if (element == null && relationship == null) {
            error(variation, "target", "unknown-element", "variation " + variation.id() + " varies '" + variation.target()
                    + "', which is neither an element nor a relationship of the model");
            return;
        }
        Applicability applicability = element != null ? element.applicability() : relationship.applicability();
        if (variation.kind() == VariationKind.REPLACED_BY) {
            if (variation.replacement() == null) {
                error(variation, "kind", "variation", "variation " + variation.id() + " is replaced-by but names no replacement");
            } else if (!elements.containsKey(variation.replacement())) {
                error(variation, "replacement", "unknown-element", "variation " + variation.id() + " names unknown replacement '"
                        + variation.replacement() + "'");
            }
        } else if (variation.replacement() != null) {
            error(variation, "replacement", "variation", "variation " + variation.id() + " is " + code(variation.kind())
                    + "; only replaced-by names a replacement");
        }
        if (variation.kind() == VariationKind.ADDED && applicability != Applicability.SMETS1) {
            error(variation, "kind", "variation", "variation " + variation.id() + " adds '" + variation.target()
                    + "' for SMETS1, so it must apply to smets1 only (it applies to " + code(applicability) + ")");
        }
        if (variation.kind() != VariationKind.ADDED && applicability == Applicability.SMETS1) {
            error(variation, "kind", "variation", "variation " + variation.id() + " changes '" + variation.target()
                    + "', which exists for SMETS1 only: use added");
        }
        if (ws.specs().spec(variation.document()).isEmpty()) {
            error(variation, "document", "unknown-spec", "variation " + variation.id() + " cites document '"
                    + variation.document() + "', which is not in specs.yaml");
        }
    }

    /** Depth-first search over one relationship type; reports each cycle once, at a relationship on it. */
    private void findCycles(RelationshipType type, Map<String, Element> elements) {
        Map<String, List<Relationship>> outgoing = new HashMap<>();
        for (Relationship r : ws.model().relationships()) {
            if (r.type() == type) {
                outgoing.computeIfAbsent(r.from(), k -> new java.util.ArrayList<>()).add(r);
            }
        }
        Map<String, Integer> state = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (String start : elements.keySet()) {
            if (state.getOrDefault(start, 0) == 0) {
                visit(start, outgoing, state, reported, type);
            }
        }
    }

    private void visit(String node, Map<String, List<Relationship>> outgoing, Map<String, Integer> state,
                       Set<String> reported, RelationshipType type) {
        // Iterative on purpose: a generated model may chain thousands of elements.
        java.util.Deque<Object[]> stack = new java.util.ArrayDeque<>();
        stack.push(new Object[] {node, 0});
        state.put(node, 1);
        while (!stack.isEmpty()) {
            Object[] frame = stack.peek();
            String current = (String) frame[0];
            List<Relationship> edges = outgoing.getOrDefault(current, List.of());
            int index = (int) frame[1];
            if (index >= edges.size()) {
                state.put(current, 2);
                stack.pop();
                continue;
            }
            frame[1] = index + 1;
            Relationship edge = edges.get(index);
            int next = state.getOrDefault(edge.to(), 0);
            if (next == 1 && reported.add(edge.id())) {
                error(edge, "to", "cycle", "relationship " + edge.id() + " closes a cycle of " + code(type)
                        + " relationships at '" + edge.to() + "'");
            } else if (next == 0) {
                state.put(edge.to(), 1);
                stack.push(new Object[] {edge.to(), 0});
            }
        }
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase().replace('_', '-');
    }
}
