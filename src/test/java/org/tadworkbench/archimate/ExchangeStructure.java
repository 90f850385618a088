package org.tadworkbench.archimate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What the exchange schemas require of a file, checked without them: well-formed XML in the exchange namespace,
 * the model's parts in the schema's order, identifiers that are XML names unique in the file, element and
 * relationship types the 3.0 exchange schema knows, and every reference (relationship ends, properties, diagram
 * nodes and connections, organization items) resolving to something of the right kind. {@link ExchangeSchema}
 * validates against the real schemas where they are beside the project; this check runs everywhere, so a user's
 * clone still tests what the exporter writes. Its own control, {@code ArchimateExportTests}, shows it catches
 * mistakes, and it passes the Archi-written fixture, so it is not stricter than the tools are.
 */
final class ExchangeStructure {

    static final String NAMESPACE = "http://www.opengroup.org/xsd/archimate/3.0/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** The element types of the 3.0 exchange schema (its ElementTypeEnum): ArchiMate 3.1's ValueStream is not one. */
    private static final Set<String> ELEMENT_TYPES = Set.of("BusinessActor", "BusinessRole", "BusinessCollaboration",
            "BusinessInterface", "BusinessProcess", "BusinessFunction", "BusinessInteraction", "BusinessEvent",
            "BusinessService", "BusinessObject", "Contract", "Representation", "Product", "ApplicationComponent",
            "ApplicationCollaboration", "ApplicationInterface", "ApplicationFunction", "ApplicationInteraction",
            "ApplicationProcess", "ApplicationEvent", "ApplicationService", "DataObject", "Node", "Device",
            "SystemSoftware", "TechnologyCollaboration", "TechnologyInterface", "Path", "CommunicationNetwork",
            "TechnologyFunction", "TechnologyProcess", "TechnologyInteraction", "TechnologyEvent", "TechnologyService",
            "Artifact", "Equipment", "Facility", "DistributionNetwork", "Material", "Stakeholder", "Driver",
            "Assessment", "Goal", "Outcome", "Principle", "Requirement", "Constraint", "Meaning", "Value", "Resource",
            "Capability", "CourseOfAction", "WorkPackage", "Deliverable", "ImplementationEvent", "Plateau", "Gap",
            "Grouping", "Location", "AndJunction", "OrJunction");
    private static final Set<String> RELATIONSHIP_TYPES = Set.of("Composition", "Aggregation", "Assignment",
            "Realization", "Serving", "Access", "Influence", "Triggering", "Flow", "Specialization", "Association");
    /** The children of {@code model}, in the only order the schema allows. */
    private static final List<String> MODEL_PARTS = List.of("name", "documentation", "properties", "metadata",
            "elements", "relationships", "organizations", "propertyDefinitions", "views");
    /** xsd:ID is an NCName: a letter or underscore, then letters, digits, '.', '-', '_' or combining marks. */
    private static final Pattern NC_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}\\p{M}._\\-\u00B7]*");

    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> kindOf = new HashMap<>();
    private final Map<String, Element> relationships = new HashMap<>();

    private ExchangeStructure() {
    }

    /** Every way {@code xml} breaks the exchange format's rules, one line each; empty when it keeps them. */
    static List<String> problems(String xml) {
        ExchangeStructure check = new ExchangeStructure();
        Document document;
        try {
            document = parse(xml);
        } catch (SAXException e) {
            return List.of("not well-formed XML: " + e.getMessage());
        }
        check.model(document.getDocumentElement());
        return check.problems;
    }

    private static Document parse(String xml) throws SAXException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // throws on fatal errors, without the default one printing them
            return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void model(Element model) {
        if (!"model".equals(model.getLocalName()) || !NAMESPACE.equals(model.getNamespaceURI())) {
            problems.add("the root is <" + model.getLocalName() + "> in " + model.getNamespaceURI() + ", expected <model> in "
                    + NAMESPACE);
            return;
        }
        partsInOrder(model);
        identifiers(model);
        for (Element element : descendants(model, "element")) {
            String type = type(element);
            if (!ELEMENT_TYPES.contains(type)) {
                problems.add("element '" + element.getAttribute("identifier") + "' has type '" + type
                        + "', which is no element type of the exchange schema");
            }
        }
        for (Element relationship : descendants(model, "relationship")) {
            String type = type(relationship);
            if (!RELATIONSHIP_TYPES.contains(type)) {
                problems.add("relationship '" + relationship.getAttribute("identifier") + "' has type '" + type
                        + "', which is no relationship type of the exchange schema");
            }
            for (String end : List.of("source", "target")) {
                refersTo(relationship, end, Set.of("element", "relationship"));
            }
        }
        descendants(model, "property").forEach(p -> refersTo(p, "propertyDefinitionRef", Set.of("propertyDefinition")));
        descendants(model, "item").stream().filter(i -> i.hasAttribute("identifierRef"))
                .forEach(i -> refersTo(i, "identifierRef", Set.of("element", "relationship", "view")));
        descendants(model, "view").forEach(this::view);
    }

    private void partsInOrder(Element model) {
        int last = -1;
        for (Element part : children(model)) {
            int index = MODEL_PARTS.indexOf(part.getLocalName());
            if (index < 0 || !NAMESPACE.equals(part.getNamespaceURI())) {
                problems.add("<model> has an unknown part <" + part.getTagName() + ">");
            } else if (index < last) {
                problems.add("<model> has <" + part.getLocalName() + "> after <" + MODEL_PARTS.get(last) + ">");
            } else {
                last = index;
            }
        }
        if (children(model).stream().noneMatch(c -> "name".equals(c.getLocalName()))) {
            problems.add("<model> has no <name>");
        }
    }

    /** Every identifier is an XML name, unique across the file whatever it identifies. */
    private void identifiers(Element model) {
        for (Element identified : descendants(model, null)) {
            if (!identified.hasAttribute("identifier")) {
                continue;
            }
            String id = identified.getAttribute("identifier");
            if (!NC_NAME.matcher(id).matches()) {
                problems.add("<" + identified.getLocalName() + "> identifier '" + id + "' is not an XML name");
            }
            String previous = kindOf.putIfAbsent(id, identified.getLocalName());
            if (previous != null) {
                problems.add("identifier '" + id + "' is used by a <" + previous + "> and a <" + identified.getLocalName() + ">");
            }
            if ("relationship".equals(identified.getLocalName())) {
                relationships.put(id, identified);
            }
        }
    }

    /**
     * A diagram: its nodes show elements, its connections show relationships between the nodes (or connections) that
     * show that relationship's own ends, within the same view.
     */
    private void view(Element view) {
        Map<String, String> shown = new HashMap<>(); // node or connection id -> the element or relationship it shows
        for (Element node : descendants(view, "node")) {
            if ("Element".equals(type(node)) && refersTo(node, "elementRef", Set.of("element"))) {
                shown.put(node.getAttribute("identifier"), node.getAttribute("elementRef"));
            } else {
                shown.put(node.getAttribute("identifier"), null);
            }
        }
        List<Element> connections = descendants(view, "connection");
        connections.forEach(c -> shown.put(c.getAttribute("identifier"), c.getAttribute("relationshipRef")));
        for (Element connection : connections) {
            String id = connection.getAttribute("identifier");
            for (String end : List.of("source", "target")) {
                if (!shown.containsKey(connection.getAttribute(end))) {
                    problems.add("connection '" + id + "' has " + end + " '" + connection.getAttribute(end)
                            + "', which is no node or connection of view '" + view.getAttribute("identifier") + "'");
                }
            }
            if (!"Relationship".equals(type(connection)) || !refersTo(connection, "relationshipRef", Set.of("relationship"))) {
                continue;
            }
            Element relationship = relationships.get(connection.getAttribute("relationshipRef"));
            for (String end : List.of("source", "target")) {
                String drawn = shown.get(connection.getAttribute(end));
                if (drawn != null && !drawn.equals(relationship.getAttribute(end))) {
                    problems.add("connection '" + id + "' draws relationship '" + relationship.getAttribute("identifier")
                            + "' with its " + end + " at '" + drawn + "', but the relationship's " + end + " is '"
                            + relationship.getAttribute(end) + "'");
                }
            }
        }
    }

    /** Whether {@code attribute} of {@code from} names something of one of {@code kinds}; a problem if not. */
    private boolean refersTo(Element from, String attribute, Set<String> kinds) {
        String target = from.getAttribute(attribute);
        String kind = kindOf.get(target);
        if (kind != null && kinds.contains(kind)) {
            return true;
        }
        String owner = from.hasAttribute("identifier") ? " '" + from.getAttribute("identifier") + "'" : "";
        problems.add("<" + from.getLocalName() + ">" + owner + " has " + attribute + " '" + target + "', which is "
                + (kind == null ? "not defined in the file" : "a <" + kind + ">") + "; expected one of " + kinds);
        return false;
    }

    private static String type(Element element) {
        return element.getAttributeNS(XSI, "type");
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    /** Descendants in the exchange namespace with local name {@code name}, or all of them when it is null. */
    private static List<Element> descendants(Element root, String name) {
        List<Element> found = new ArrayList<>();
        var nodes = root.getElementsByTagNameNS(NAMESPACE, name == null ? "*" : name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
