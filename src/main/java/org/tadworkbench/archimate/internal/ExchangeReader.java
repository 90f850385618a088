package org.tadworkbench.archimate.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadworkbench.archimate.ArchimateImportException;
import org.tadworkbench.archimate.ImportedModel;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.ElementType;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.RelationshipType;
import org.tadworkbench.model.View;
import org.w3c.dom.Document;

/**
 * Turns a parsed exchange file into our model. Our own properties (tadType, applicability, code) win where present;
 * otherwise types come from {@link ArchimateTypes}. Organizations (folders), styles, bendpoints and viewpoints are
 * presentation and are ignored. Problems are reported by the file's identifiers, since a DOM has no line numbers.
 */
public final class ExchangeReader {

    private final org.w3c.dom.Element root;
    private final PropertyReader properties;
    /** File identifier of each element to our id: what relationship ends and diagram nodes refer to. */
    private final Map<String, String> elementIds = new HashMap<>();
    /** Relationships may connect to relationships in ArchiMate; those ends are told apart from unknown ones. */
    private final Set<String> relationshipIdentifiers = new LinkedHashSet<>();
    /** "kind id" to the file identifier that became it, to refuse two identifiers that become one id. */
    private final Map<String, String> seen = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    private ExchangeReader(org.w3c.dom.Element root) throws ArchimateImportException {
        this.root = root;
        this.properties = new PropertyReader(root);
    }

    public static ImportedModel read(Document document) throws ArchimateImportException {
        org.w3c.dom.Element root = document.getDocumentElement();
        if (!Dom.NAMESPACE.equals(root.getNamespaceURI()) || !"model".equals(root.getLocalName())) {
            throw new ArchimateImportException("not an ArchiMate exchange file: the root element is <" + root.getLocalName()
                    + "> in namespace '" + (root.getNamespaceURI() == null ? "" : root.getNamespaceURI())
                    + "', expected <model> in " + Dom.NAMESPACE);
        }
        return new ExchangeReader(root).read();
    }

    private ImportedModel read() throws ArchimateImportException {
        List<Element> elements = new ArrayList<>();
        for (org.w3c.dom.Element node : Dom.children(root, "elements", "element")) {
            elements.add(element(node));
        }
        for (org.w3c.dom.Element node : Dom.children(root, "relationships", "relationship")) {
            relationshipIdentifiers.add(identifier(node, "a relationship"));
        }
        List<Relationship> relationships = new ArrayList<>();
        for (org.w3c.dom.Element node : Dom.children(root, "relationships", "relationship")) {
            Relationship relationship = relationship(node);
            if (relationship != null) {
                relationships.add(relationship);
            }
        }
        List<View> views = new ArrayList<>();
        for (org.w3c.dom.Element container : Dom.children(root, "views")) {
            for (org.w3c.dom.Element node : Dom.children(container, "diagrams", "view")) {
                View view = view(node);
                if (view != null) {
                    views.add(view);
                }
            }
        }
        String identifier = Dom.attribute(root, "identifier");
        String name = Dom.text(root, "name").orElse(identifier);
        return new ImportedModel(identifier, name, new ArchitectureModel(elements, relationships, List.of(), views), warnings);
    }

    private Element element(org.w3c.dom.Element node) throws ArchimateImportException {
        String identifier = identifier(node, "an element");
        String what = "element '" + identifier + "'";
        String xsiType = requireType(node, what);
        Map<String, String> values = properties.of(node, what);
        ElementType type = values.containsKey(TadProperties.TAD_TYPE)
                ? code(ElementType.class, values.get(TadProperties.TAD_TYPE), what, TadProperties.TAD_TYPE)
                : ArchimateTypes.imported(xsiType);
        // The ArchiMate type is worth keeping whenever it is not the one our type is written as.
        String archimateType = xsiType.equals(ArchimateTypes.exported(type)) ? values.get(TadProperties.ARCHIMATE_TYPE) : xsiType;
        String id = unique(identifier, Identifiers.ours(identifier, null), "element");
        elementIds.put(identifier, id);
        // Junctions have no name in ArchiMate; ours need one, so they are called by their type.
        String name = Dom.text(node, "name").filter(n -> !n.isBlank()).orElse(humanised(xsiType));
        return new Element(id, type, name, blankToNull(values.get(TadProperties.CODE)),
                applicability(values, what), blankToNull(Dom.text(node, "documentation").orElse(null)), archimateType);
    }

    private Relationship relationship(org.w3c.dom.Element node) throws ArchimateImportException {
        String identifier = Dom.attribute(node, "identifier");
        String what = "relationship '" + identifier + "'";
        String xsiType = requireType(node, what);
        Map<String, String> values = properties.of(node, what);
        RelationshipType type;
        if (values.containsKey(TadProperties.TAD_TYPE)) {
            type = code(RelationshipType.class, values.get(TadProperties.TAD_TYPE), what, TadProperties.TAD_TYPE);
        } else {
            type = ArchimateTypes.importedRelationship(xsiType).orElseThrow(() -> new ArchimateImportException(
                    what + " has type '" + xsiType + "', which is not an ArchiMate relationship type"));
        }
        String source = end(node, "source", what);
        String target = end(node, "target", what);
        if (source == null || target == null) {
            return null;
        }
        String id = unique(identifier, Identifiers.ours(identifier, Identifiers.RELATIONSHIP_MARK), "relationship");
        boolean reversed = ArchimateTypes.drawnWholeToPart(xsiType);
        return new Relationship(id, type, reversed ? target : source, reversed ? source : target, applicability(values, what));
    }

    /** Our id of a relationship's end, or null (with a warning) when the end is another relationship. */
    private String end(org.w3c.dom.Element node, String attribute, String what) throws ArchimateImportException {
        String end = Dom.attribute(node, attribute);
        if (end == null) {
            throw new ArchimateImportException(what + " has no " + attribute);
        }
        if (elementIds.containsKey(end)) {
            return elementIds.get(end);
        }
        if (relationshipIdentifiers.contains(end)) {
            warnings.add(what + " connects to relationship '" + end + "' and was left out: our relationships join elements");
            return null;
        }
        throw new ArchimateImportException(what + " has " + attribute + " '" + end + "', which is not an element of the file");
    }

    private View view(org.w3c.dom.Element node) throws ArchimateImportException {
        String identifier = Dom.attribute(node, "identifier");
        String what = "view '" + identifier + "'";
        if (identifier == null) {
            throw new ArchimateImportException("a view has no identifier");
        }
        Map<String, String> values = properties.of(node, what);
        Set<String> members = new LinkedHashSet<>();
        for (org.w3c.dom.Element shown : Dom.descendants(node, "node")) {
            String elementRef = Dom.attribute(shown, "elementRef");
            if (elementRef == null) {
                continue; // a note, a visual group or a picture: no element of the model
            }
            String member = elementIds.get(elementRef);
            if (member == null) {
                throw new ArchimateImportException(what + " shows '" + elementRef + "', which is not an element of the file");
            }
            members.add(member);
        }
        if (members.isEmpty()) {
            // Our empty element list means "every element": importing an empty diagram would fill it.
            warnings.add(what + " shows no elements and was left out (a view that lists no elements shows all of them)");
            return null;
        }
        List<ElementType> elementTypes = codes(ElementType.class, values.get(TadProperties.ELEMENT_TYPES), what, TadProperties.ELEMENT_TYPES);
        String id = unique(identifier, Identifiers.ours(identifier, Identifiers.VIEW_MARK), "view");
        return new View(id, Dom.text(node, "name").filter(n -> !n.isBlank()).orElse(id),
                blankToNull(values.get(TadProperties.FIGURE)), elementTypes,
                codes(RelationshipType.class, values.get(TadProperties.RELATIONSHIP_TYPES), what, TadProperties.RELATIONSHIP_TYPES),
                List.copyOf(members), blankToNull(Dom.text(node, "documentation").orElse(null)));
    }

    private String identifier(org.w3c.dom.Element node, String what) throws ArchimateImportException {
        String identifier = Dom.attribute(node, "identifier");
        if (identifier == null) {
            throw new ArchimateImportException(what + " has no identifier" + Dom.text(node, "name").map(n -> " (named '" + n + "')").orElse(""));
        }
        return identifier;
    }

    /** Our id for a file identifier, refusing two things that would become one. Ids are unique per kind. */
    private String unique(String identifier, String id, String kind) throws ArchimateImportException {
        String earlier = seen.put(kind + " " + id, identifier);
        if (earlier != null) {
            throw new ArchimateImportException(kind + "s '" + earlier + "' and '" + identifier + "' both have id '" + id + "'");
        }
        return id;
    }

    private static String requireType(org.w3c.dom.Element node, String what) throws ArchimateImportException {
        String type = Dom.xsiType(node);
        if (type.isEmpty()) {
            throw new ArchimateImportException(what + " has no xsi:type");
        }
        return type;
    }

    private static Applicability applicability(Map<String, String> values, String what) throws ArchimateImportException {
        String value = values.get(TadProperties.APPLICABILITY);
        return value == null ? Applicability.BOTH : code(Applicability.class, value.trim(), what, TadProperties.APPLICABILITY);
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value, String what, String property)
            throws ArchimateImportException {
        E parsed = Codes.parse(type, value.trim()).orElse(null);
        if (parsed == null) {
            throw new ArchimateImportException(what + " has " + property + " '" + value + "'; expected one of "
                    + Codes.allOf(type));
        }
        return parsed;
    }

    private static <E extends Enum<E>> List<E> codes(Class<E> type, String values, String what, String property)
            throws ArchimateImportException {
        List<E> parsed = new ArrayList<>();
        if (values != null && !values.isBlank()) {
            for (String value : values.trim().split("[\\s,]+")) {
                parsed.add(code(type, value, what, property));
            }
        }
        return parsed;
    }

    /** "AndJunction" as "And junction". */
    static String humanised(String type) {
        String words = type.replaceAll("(?<=[a-z])(?=[A-Z])", " ");
        return words.isEmpty() ? words : words.charAt(0) + words.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
