package org.tadworkbench.model;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one view shows of one variant of the architecture: its elements and the relationships among them. */
public record ViewContents(View view, List<Element> elements, List<Relationship> relationships) {

    public ViewContents {
        elements = List.copyOf(elements);
        relationships = List.copyOf(relationships);
    }

    /** The view's selection applied to a variant; SMETS1 replacements of selected elements come along. */
    public static ViewContents of(View view, VariantModel variant) {
        ArchitectureModel model = variant.model();
        Set<String> selected = new LinkedHashSet<>();
        for (Element element : model.elements()) {
            if (selects(view, element)) {
                selected.add(element.id());
                variant.replacementOf(element.id()).ifPresent(selected::add);
            }
        }
        Map<String, Element> shown = new LinkedHashMap<>();
        for (Element element : variant.elements()) {
            if (selected.contains(element.id())) {
                shown.put(element.id(), element);
            }
        }
        List<Relationship> relationships = variant.relationships().stream()
                .filter(r -> view.relationshipTypes().isEmpty() || view.relationshipTypes().contains(r.type()))
                .filter(r -> shown.containsKey(r.from()) && shown.containsKey(r.to()))
                .toList();
        return new ViewContents(view, List.copyOf(shown.values()), relationships);
    }

    static boolean selects(View view, Element element) {
        return (view.elementTypes().isEmpty() || view.elementTypes().contains(element.type()))
                && (view.elements().isEmpty() || view.elements().contains(element.id()));
    }
}
