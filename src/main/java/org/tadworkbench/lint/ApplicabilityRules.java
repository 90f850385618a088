package org.tadworkbench.lint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.Section;
import org.tadworkbench.model.DerivedApplicability;
import org.tadworkbench.model.Element;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.Workspace;

/**
 * One truth for applicability: the model derives where an element applies (its variations and what it requires,
 * as {@code tad model availability} and the SMETS1 diagrams show it). An element may not be declared for a
 * generation the model takes it out of, and a section must apply to exactly the generations of the elements it
 * describes, so that a section cannot say "SMETS2+ only" of a device the model offers for SMETS1, nor the reverse.
 */
final class ApplicabilityRules extends Rules {

    ApplicabilityRules(Workspace ws, Locations at) {
        super(ws, at);
    }

    @Override
    void run() {
        if (ws.model().elements().isEmpty()) {
            return;
        }
        DerivedApplicability derived = new DerivedApplicability(ws.model());
        Map<String, Element> elements = new HashMap<>();
        ws.model().elements().forEach(e -> elements.putIfAbsent(e.id(), e));
        for (Element element : elements.values()) {
            if (element.applicability() == null) {
                continue; // the reader has reported it
            }
            derived.of(element.id()).filter(where -> where != element.applicability()).ifPresent(where ->
                    error(element, "applicability", "applicability", "element " + element.id() + " is declared for "
                            + DerivedApplicability.label(element.applicability()) + ", but the model makes it "
                            + DerivedApplicability.label(where) + because(derived, element.id(), where)
                            + "; write applicability: " + code(where)));
        }
        for (Section section : ws.sections()) {
            if (section.applicability() == null) {
                continue;
            }
            List<Applicability> described = section.elements().stream().filter(elements::containsKey)
                    .map(derived::of).flatMap(Optional::stream).toList();
            DerivedApplicability.union(described).filter(where -> where != section.applicability()).ifPresent(where ->
                    error(section, "applicability", "applicability", "section " + section.number() + " is marked "
                            + DerivedApplicability.label(section.applicability()) + ", but the model elements it describes ("
                            + String.join(", ", section.elements()) + ") apply to " + DerivedApplicability.label(where)
                            + "; write applicability: " + code(where) + " or change the elements or their variations"));
        }
    }

    /** The first reason the element is missing from the variant it was declared for but does not reach. */
    private static String because(DerivedApplicability derived, String id, Applicability where) {
        Applicability missing = where == Applicability.SMETS1 ? Applicability.SMETS2PLUS : Applicability.SMETS1;
        List<String> reasons = derived.whyNot(id, missing);
        return reasons.isEmpty() ? "" : " (" + String.join("; ", reasons) + ")";
    }

    private static String code(Applicability applicability) {
        return applicability.name().toLowerCase();
    }
}
