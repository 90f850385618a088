package org.tadworkbench.model;

import java.util.List;

/**
 * A diagram declared in the model: which element and relationship types it shows (all when the list is empty),
 * optionally narrowed to listed elements. {@code figure} is the TAD figure number it draws (e.g. 4.2).
 */
public record View(String id, String title, String figure, List<ElementType> elementTypes,
                   List<RelationshipType> relationshipTypes, List<String> elements, String description) {
    public View {
        elementTypes = List.copyOf(elementTypes);
        relationshipTypes = List.copyOf(relationshipTypes);
        elements = List.copyOf(elements);
    }
}
