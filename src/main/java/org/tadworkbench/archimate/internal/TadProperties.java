package org.tadworkbench.archimate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.View;

/**
 * The properties that carry what ArchiMate has no place for: our exact type, applicability, code, and the view
 * selectors. Names are the workspace's field names, so an Archi user sees the same words as in the YAML.
 */
public final class TadProperties {

    public static final String TAD_TYPE = "tadType";
    public static final String APPLICABILITY = "applicability";
    public static final String CODE = "code";
    public static final String ARCHIMATE_TYPE = "archimateType";
    public static final String FIGURE = "figure";
    public static final String ELEMENT_TYPES = "elementTypes";
    public static final String RELATIONSHIP_TYPES = "relationshipTypes";

    /** The order property definitions are written in, whichever the model uses. */
    public static final List<String> ALL = List.of(TAD_TYPE, APPLICABILITY, CODE, ARCHIMATE_TYPE, FIGURE, ELEMENT_TYPES,
            RELATIONSHIP_TYPES);

    public record Property(String name, String value) {
    }

    private TadProperties() {
    }

    public static List<Property> of(Element element) {
        List<Property> properties = new ArrayList<>();
        properties.add(new Property(TAD_TYPE, Codes.of(element.type())));
        properties.add(new Property(APPLICABILITY, Codes.of(element.applicability())));
        addIfPresent(properties, CODE, element.code());
        addIfPresent(properties, ARCHIMATE_TYPE, element.archimateType());
        return properties;
    }

    public static List<Property> of(Relationship relationship) {
        return List.of(new Property(TAD_TYPE, Codes.of(relationship.type())),
                new Property(APPLICABILITY, Codes.of(relationship.applicability())));
    }

    /** A view's selectors, so that a view read back selects what it selected; its elements are its nodes. */
    public static List<Property> of(View view) {
        List<Property> properties = new ArrayList<>();
        addIfPresent(properties, FIGURE, view.figure());
        if (!view.elementTypes().isEmpty()) {
            properties.add(new Property(ELEMENT_TYPES, view.elementTypes().stream().map(Codes::of).collect(Collectors.joining(" "))));
        }
        if (!view.relationshipTypes().isEmpty()) {
            properties.add(new Property(RELATIONSHIP_TYPES,
                    view.relationshipTypes().stream().map(Codes::of).collect(Collectors.joining(" "))));
        }
        return properties;
    }

    /** {@code <properties>}, or nothing when there are none (the schema wants at least one inside). */
    public static void write(XmlWriter xml, List<Property> properties) {
        if (properties.isEmpty()) {
            return;
        }
        xml.start("properties");
        for (Property property : properties) {
            xml.start("property", "propertyDefinitionRef", Identifiers.propertyDefinition(property.name()));
            xml.text("value", property.value(), "xml:lang", "en");
            xml.end();
        }
        xml.end();
    }

    private static void addIfPresent(List<Property> properties, String name, String value) {
        if (value != null) {
            properties.add(new Property(name, value));
        }
    }
}
