package org.tadworkbench.archimate.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tadworkbench.archimate.ArchimateImportException;
import org.w3c.dom.Element;

/**
 * Property values by property name. A file names each property once, in {@code <propertyDefinitions>}, and its
 * values point there by {@code propertyDefinitionRef}; tools choose their own definition identifiers
 * (Archi writes propid-1, propid-2, ...), so only the names mean anything.
 */
final class PropertyReader {

    private final Map<String, String> names = new HashMap<>();

    PropertyReader(Element model) throws ArchimateImportException {
        for (Element definition : Dom.children(model, "propertyDefinitions", "propertyDefinition")) {
            String identifier = Dom.attribute(definition, "identifier");
            if (identifier == null) {
                throw new ArchimateImportException("a property definition has no identifier");
            }
            names.put(identifier, Dom.text(definition, "name").orElse(identifier));
        }
    }

    /** The properties of an element, relationship or view; the first value of a name counts. */
    Map<String, String> of(Element owner, String what) throws ArchimateImportException {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element property : Dom.children(owner, "properties", "property")) {
            String reference = Dom.attribute(property, "propertyDefinitionRef");
            String name = reference == null ? null : names.get(reference);
            if (name == null) {
                throw new ArchimateImportException(what + " has a property of unknown definition '"
                        + (reference == null ? "" : reference) + "'");
            }
            values.putIfAbsent(name, Dom.text(property, "value").orElse(""));
        }
        return values;
    }
}
