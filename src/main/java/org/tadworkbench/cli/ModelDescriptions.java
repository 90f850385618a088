package org.tadworkbench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.View;

/** What {@code tad model show} tells about an element, a relationship or a view. */
final class ModelDescriptions {

    private ModelDescriptions() {
    }

    /** A description as ordered fields, or null when the id is unknown. */
    static Map<String, Object> describe(ArchitectureModel model, String id) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (model.element(id).isPresent()) {
            Element e = model.element(id).get();
            out.put("kind", "element");
            out.put("id", e.id());
            out.put("type", code(e.type()));
            out.put("name", e.name());
            out.put("code", e.code());
            out.put("applicability", code(e.applicability()));
            out.put("description", e.description());
            out.put("archimateType", e.archimateType());
            out.put("relationships", model.relationships().stream().filter(r -> r.from().equals(id) || r.to().equals(id))
                    .map(r -> line(model, r)).toList());
        } else if (model.relationship(id).isPresent()) {
            Relationship r = model.relationship(id).get();
            out.put("kind", "relationship");
            out.put("id", r.id());
            out.put("type", code(r.type()));
            out.put("from", r.from());
            out.put("to", r.to());
            out.put("applicability", code(r.applicability()));
        } else if (model.view(id).isPresent()) {
            View v = model.view(id).get();
            out.put("kind", "view");
            out.put("id", v.id());
            out.put("title", v.title());
            out.put("figure", v.figure());
            out.put("elementTypes", v.elementTypes().stream().map(ModelDescriptions::code).toList());
            out.put("relationshipTypes", v.relationshipTypes().stream().map(ModelDescriptions::code).toList());
            out.put("elements", v.elements());
            out.put("description", v.description());
        } else {
            return null;
        }
        out.put("variations", model.variations().stream().filter(v -> v.target().equals(id) || id.equals(v.replacement()))
                .map(v -> code(v.kind()) + (v.replacement() == null ? "" : " by " + v.replacement()) + " (" + v.source() + ")"
                        + (v.description() == null ? "" : ": " + v.description())).toList());
        return out;
    }

    static void print(PrintWriter out, Map<String, Object> description) {
        description.forEach((key, value) -> {
            if (value instanceof List<?> list) {
                if (!list.isEmpty()) {
                    out.println(key + ":");
                    list.forEach(item -> out.println("  - " + item));
                }
            } else if (value != null) {
                out.println(key + ": " + value);
            }
        });
    }

    private static String line(ArchitectureModel model, Relationship r) {
        return r.id() + ": " + name(model, r.from()) + " " + code(r.type()) + " " + name(model, r.to())
                + " [" + code(r.applicability()) + "]";
    }

    private static String name(ArchitectureModel model, String id) {
        return model.element(id).map(Element::label).orElse(id);
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
