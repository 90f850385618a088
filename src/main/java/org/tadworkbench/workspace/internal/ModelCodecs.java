package org.tadworkbench.workspace.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.ElementType;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.RelationshipType;
import org.yaml.snakeyaml.nodes.Node;

/** model/elements.yaml and model/relationships.yaml: the architecture model. */
public final class ModelCodecs {

    private ModelCodecs() {
    }

    public static List<Element> readElements(Node root, ReadContext ctx) {
        return new MapReader(ctx, root, "model elements", Set.of("elements")).list("elements", n -> {
            MapReader m = new MapReader(ctx, n, "element", Set.of("id", "type", "name", "applicability", "description"));
            Element element = new Element(m.required("id"), m.enumValue("type", ElementType.class, null), m.required("name"),
                    m.enumValue("applicability", Applicability.class, Applicability.BOTH), m.optional("description"));
            return m.locate(element) ? element : null;
        });
    }

    public static Map<String, Object> writeElements(List<Element> elements) {
        return Tree.map().put("elements", elements.stream().map(e -> Tree.map().put("id", e.id()).put("type", e.type())
                .put("name", e.name()).put("applicability", e.applicability()).opt("description", e.description())
                .build()).toList()).build();
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
}
