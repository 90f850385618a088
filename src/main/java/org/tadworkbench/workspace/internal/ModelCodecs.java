package org.tadworkbench.workspace.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.ElementType;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.RelationshipType;
import org.tadworkbench.model.Variation;
import org.tadworkbench.model.VariationKind;
import org.tadworkbench.model.View;
import org.yaml.snakeyaml.nodes.Node;

/** model/elements.yaml, relationships.yaml, variations.yaml and views.yaml: the architecture model. */
public final class ModelCodecs {

    private ModelCodecs() {
    }

    public static List<Element> readElements(Node root, ReadContext ctx) {
        return new MapReader(ctx, root, "model elements", Set.of("elements")).list("elements", n -> {
            MapReader m = new MapReader(ctx, n, "element", Set.of("id", "type", "name", "code", "applicability", "description", "archimateType"));
            Element element = new Element(m.required("id"), m.enumValue("type", ElementType.class, null), m.required("name"),
                    m.optional("code"), m.enumValue("applicability", Applicability.class, Applicability.BOTH),
                    m.optional("description"), m.optional("archimateType"));
            return m.locate(element) ? element : null;
        });
    }

    public static Map<String, Object> writeElements(List<Element> elements) {
        return Tree.map().put("elements", elements.stream().map(e -> Tree.map().put("id", e.id()).put("type", e.type())
                .put("name", e.name()).opt("code", e.code()).put("applicability", e.applicability())
                .opt("description", e.description()).opt("archimateType", e.archimateType()).build()).toList()).build();
    }

    public static List<Relationship> readRelationships(Node root, ReadContext ctx) {
        return new MapReader(ctx, root, "model relationships", Set.of("relationships")).list("relationships", n -> {
            MapReader m = new MapReader(ctx, n, "relationship", Set.of("id", "type", "from", "to", "applicability"));
            Relationship relationship = new Relationship(m.required("id"), m.enumValue("type", RelationshipType.class, null),
                    m.required("from"), m.required("to"),
                    m.enumValue("applicability", Applicability.class, Applicability.BOTH));
            return m.locate(relationship) ? relationship : null;
        });
    }

    public static Map<String, Object> writeRelationships(List<Relationship> relationships) {
        return Tree.map().put("relationships", relationships.stream().map(r -> Tree.map().put("id", r.id())
                .put("type", r.type()).put("from", r.from()).put("to", r.to()).put("applicability", r.applicability())
                .build()).toList()).build();
    }

    public static List<Variation> readVariations(Node root, ReadContext ctx) {
        return new MapReader(ctx, root, "model variations", Set.of("variations")).list("variations", n -> {
            MapReader m = new MapReader(ctx, n, "variation",
                    Set.of("id", "target", "kind", "replacement", "document", "clause", "description"));
            Variation variation = new Variation(m.required("id"), m.required("target"),
                    m.enumValue("kind", VariationKind.class, null), m.optional("replacement"), m.required("document"),
                    m.optional("clause"), m.optional("description"));
            return m.locate(variation) ? variation : null;
        });
    }

    public static Map<String, Object> writeVariations(List<Variation> variations) {
        return Tree.map().put("variations", variations.stream().map(v -> Tree.map().put("id", v.id())
                .put("target", v.target()).put("kind", v.kind()).opt("replacement", v.replacement())
                .put("document", v.document()).opt("clause", v.clause()).opt("description", v.description())
                .build()).toList()).build();
    }

    public static List<View> readViews(Node root, ReadContext ctx) {
        return new MapReader(ctx, root, "model views", Set.of("views")).list("views", n -> {
            MapReader m = new MapReader(ctx, n, "view", Set.of("id", "title", "figure", "elementTypes",
                    "relationshipTypes", "elements", "description"));
            View view = new View(m.required("id"), m.required("title"), m.optional("figure"),
                    m.enumList("elementTypes", ElementType.class), m.enumList("relationshipTypes", RelationshipType.class),
                    m.strings("elements"), m.optional("description"));
            return m.locate(view) ? view : null;
        });
    }

    public static Map<String, Object> writeViews(List<View> views) {
        return Tree.map().put("views", views.stream().map(v -> Tree.map().put("id", v.id()).put("title", v.title())
                .opt("figure", v.figure()).opt("elementTypes", v.elementTypes().stream().map(Codes::of).toList())
                .opt("relationshipTypes", v.relationshipTypes().stream().map(Codes::of).toList())
                .opt("elements", v.elements()).opt("description", v.description()).build()).toList()).build();
    }
}
