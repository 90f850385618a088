package org.tadworkbench.model;

import java.util.List;

/** The architecture model behind the TAD (model/elements.yaml and model/relationships.yaml). */
public record ArchitectureModel(List<Element> elements, List<Relationship> relationships) {
    public ArchitectureModel {
        elements = List.copyOf(elements);
        relationships = List.copyOf(relationships);
    }

    public static ArchitectureModel empty() {
        return new ArchitectureModel(List.of(), List.of());
    }

    public boolean isEmpty() {
        return elements.isEmpty() && relationships.isEmpty();
    }
}
