package org.tadworkbench.model;

import java.util.List;
import java.util.Optional;

/** The architecture model behind the TAD: the files under model/. */
public record ArchitectureModel(List<Element> elements, List<Relationship> relationships, List<Variation> variations,
                                List<View> views) {
    public ArchitectureModel {
        elements = List.copyOf(elements);
        relationships = List.copyOf(relationships);
        variations = List.copyOf(variations);
        views = List.copyOf(views);
    }

    public static ArchitectureModel empty() {
        return new ArchitectureModel(List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Element> element(String id) {
        return elements.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Relationship> relationship(String id) {
        return relationships.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<View> view(String id) {
        return views.stream().filter(v -> v.id().equals(id)).findFirst();
    }
}
