package org.tadworkbench.archimate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tadworkbench.archimate.internal.ArchimateTypes;
import org.tadworkbench.archimate.internal.DiagramWriter;
import org.tadworkbench.archimate.internal.Identifiers;
import org.tadworkbench.archimate.internal.TadProperties;
import org.tadworkbench.archimate.internal.TadProperties.Property;
import org.tadworkbench.archimate.internal.XmlWriter;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.View;

/**
 * Writes an architecture model in the Open Group ArchiMate Model Exchange File Format (the 3.0 namespace, which
 * ArchiMate 3.1 files use), valid against archimate3_Diagram.xsd. What ArchiMate has no place for (our exact types,
 * applicability, codes, view selectors) travels in properties, so that {@link ArchimateImporter} reads back the
 * same elements and relationships. Variations are not exported: ArchiMate has no notion of them.
 * The same model always gives the same bytes.
 */
public final class ArchimateExporter {

    public static final String NAMESPACE = "http://www.opengroup.org/xsd/archimate/3.0/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA_LOCATION = NAMESPACE + " http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd";
    private static final String LANG = "en";

    /**
     * The exchange file of {@code model}. {@code identifier} names the model (a workspace id; any text, it is
     * escaped into an XML identifier) and {@code name} is its title.
     */
    public String export(ArchitectureModel model, String identifier, String name) {
        Objects.requireNonNull(identifier, "a model identifier is required");
        Objects.requireNonNull(name, "a model name is required");
        XmlWriter xml = new XmlWriter();
        xml.start("model", "xmlns", NAMESPACE, "xmlns:xsi", XSI, "xsi:schemaLocation", SCHEMA_LOCATION,
                "identifier", Identifiers.model(identifier));
        xml.text("name", name, "xml:lang", LANG);
        // The schema fixes the order: name, documentation, properties, metadata, elements, relationships,
        // organizations, propertyDefinitions, views.
        Set<String> used = new LinkedHashSet<>();
        if (!model.elements().isEmpty()) {
            xml.start("elements");
            model.elements().forEach(element -> writeElement(xml, element, used));
            xml.end();
        }
        if (!model.relationships().isEmpty()) {
            xml.start("relationships");
            model.relationships().forEach(relationship -> writeRelationship(xml, relationship, used));
            xml.end();
        }
        model.views().forEach(view -> TadProperties.of(view).forEach(p -> used.add(p.name())));
        writePropertyDefinitions(xml, used);
        if (!model.views().isEmpty()) {
            DiagramWriter diagrams = new DiagramWriter(model);
            xml.start("views").start("diagrams");
            for (View view : model.views()) {
                diagrams.write(xml, view);
            }
            xml.end().end();
        }
        xml.end();
        return xml.toString();
    }

    private static void writeElement(XmlWriter xml, Element element, Set<String> used) {
        xml.start("element", "identifier", Identifiers.element(element.id()), "xsi:type", ArchimateTypes.xsiType(element));
        xml.text("name", element.name(), "xml:lang", LANG);
        if (element.description() != null) {
            xml.text("documentation", element.description(), "xml:lang", LANG);
        }
        writeProperties(xml, TadProperties.of(element), used);
        xml.end();
    }

    private static void writeRelationship(XmlWriter xml, Relationship relationship, Set<String> used) {
        boolean reversed = ArchimateTypes.exportedWholeToPart(relationship.type());
        xml.start("relationship", "identifier", Identifiers.relationship(relationship.id()),
                "source", Identifiers.element(reversed ? relationship.to() : relationship.from()),
                "target", Identifiers.element(reversed ? relationship.from() : relationship.to()),
                "xsi:type", ArchimateTypes.exported(relationship.type()));
        writeProperties(xml, TadProperties.of(relationship), used);
        xml.end();
    }

    private static void writeProperties(XmlWriter xml, List<Property> properties, Set<String> used) {
        properties.forEach(p -> used.add(p.name()));
        TadProperties.write(xml, properties);
    }

    /** Only the definitions the file uses, in a fixed order. */
    private static void writePropertyDefinitions(XmlWriter xml, Set<String> used) {
        List<String> names = TadProperties.ALL.stream().filter(used::contains).toList();
        if (names.isEmpty()) {
            return;
        }
        xml.start("propertyDefinitions");
        for (String name : names) {
            xml.start("propertyDefinition", "identifier", Identifiers.propertyDefinition(name), "type", "string");
            xml.text("name", name, "xml:lang", LANG);
            xml.end();
        }
        xml.end();
    }
}
