package org.tadworkbench.model.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.ElementType;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.Variation;
import org.tadworkbench.model.View;

/**
 * Writes PlantUML for a view: one shape per element (the shape says its type), one arrow per relationship.
 * Laid out by Smetana, PlantUML's pure-Java port of Graphviz, since no Graphviz is installed where this runs.
 */
public final class PlantUmlSource {

    private static final Map<ElementType, String> SHAPES = Map.ofEntries(
            Map.entry(ElementType.DOMAIN, "rectangle"), Map.entry(ElementType.PARTY, "actor"),
            Map.entry(ElementType.ROLE, "actor"), Map.entry(ElementType.BUSINESS_FUNCTION, "card"),
            Map.entry(ElementType.APPLICATION_COMPONENT, "component"), Map.entry(ElementType.DEVICE, "node"),
            Map.entry(ElementType.NETWORK, "cloud"), Map.entry(ElementType.INTERFACE, "boundary"),
            Map.entry(ElementType.PROTOCOL, "hexagon"), Map.entry(ElementType.DATA_ENTITY, "artifact"),
            Map.entry(ElementType.SERVICE_REQUEST, "usecase"));

    private final StringBuilder out = new StringBuilder();
    private final Map<String, String> aliases = new HashMap<>();

    /** One element as drawn, with how SMETS1 changes it (null when it does not, or in a plain diagram). */
    public record Shape(Element element, String mark) {
    }

    /** One relationship as drawn; {@code mark} is null, "removed" or "added". */
    public record Arrow(Relationship relationship, String mark) {
    }

    public static String diagram(View view, String subtitle, String modelVersion, List<Shape> shapes, List<Arrow> arrows,
                                 Map<String, String> replacements, boolean legend) {
        PlantUmlSource source = new PlantUmlSource();
        source.header(view, subtitle, modelVersion);
        shapes.forEach(source::shape);
        arrows.forEach(source::arrow);
        replacements.forEach(source::replacement);
        if (legend) {
            source.legend();
        }
        return source.out.append("@enduml\n").toString();
    }

    private void header(View view, String subtitle, String modelVersion) {
        out.append("@startuml\n!pragma layout smetana\n")
                .append("skinparam shadowing false\nskinparam defaultFontName DejaVu Sans\nskinparam defaultFontSize 12\n")
                .append("skinparam componentStyle rectangle\nskinparam wrapWidth 160\nskinparam ArrowColor 37474F\n")
                .append("skinparam rectangleBackgroundColor FFFFFF\n")
                .append("title ").append(text((view.figure() == null ? "" : "Figure " + view.figure() + " ") + view.title()
                        + " (" + subtitle + ")")).append('\n')
                .append("caption ").append(text("Generated from model version " + modelVersion)).append('\n');
    }

    private void shape(Shape shape) {
        Element element = shape.element();
        String alias = "n" + (aliases.size() + 1);
        aliases.put(element.id(), alias);
        String label = element.code() == null || element.name().contains(element.code())
                ? element.name() : element.code() + "\\n" + element.name();
        out.append(SHAPES.getOrDefault(element.type(), "rectangle")).append(" \"").append(text(label)).append("\" as ")
                .append(alias).append(" <<").append(text(stereotype(element.type(), shape.mark()))).append(">>")
                .append(style(shape.mark())).append('\n');
    }

    private void arrow(Arrow arrow) {
        Relationship r = arrow.relationship();
        String from = aliases.get(r.from());
        String to = aliases.get(r.to());
        if (from == null || to == null) {
            return;
        }
        String line = switch (arrow.mark() == null ? "" : arrow.mark()) {
            case "removed" -> "-[#9E9E9E,dashed]->";
            case "added" -> "-[#2E7D32,bold]->";
            default -> "-->";
        };
        out.append(from).append(' ').append(line).append(' ').append(to).append(" : ")
                .append(text(r.type().name().toLowerCase(Locale.ROOT).replace('_', ' '))).append('\n');
    }

    private void replacement(String original, String replacement) {
        String from = aliases.get(original);
        String to = aliases.get(replacement);
        if (from != null && to != null) {
            out.append(from).append(" .[#E65100,dashed].> ").append(to).append(" : replaced by for SMETS1\n");
        }
    }

    private void legend() {
        out.append("legend right\n|= Mark |= Meaning |\n")
                .append("|<#EEEEEE> not in SMETS1 | removed for SMETS1 (not applicable) |\n")
                .append("|<#FFE0B2> replaced | SMETS1 uses another element instead |\n")
                .append("|<#C8E6C9> added | exists for SMETS1 only |\n")
                .append("|<#FFF9C4> constrained | exists for SMETS1 with restrictions |\n")
                .append("endlegend\n");
    }

    private static String stereotype(ElementType type, String mark) {
        String kind = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return mark == null ? kind : kind + ", " + mark;
    }

    private static String style(String mark) {
        if (mark == null) {
            return "";
        }
        return switch (mark) {
            case "not in SMETS1" -> " #EEEEEE;line:9E9E9E;line.dashed";
            case "replaced for SMETS1" -> " #FFE0B2;line:E65100";
            case "added for SMETS1" -> " #C8E6C9;line:2E7D32";
            case "constrained for SMETS1" -> " #FFF9C4;line:F9A825";
            default -> "";
        };
    }

    /** The mark a variation puts on its target in the variation diagram. */
    public static String mark(Variation variation) {
        return switch (variation.kind()) {
            case NOT_APPLICABLE -> "not in SMETS1";
            case REPLACED_BY -> "replaced for SMETS1";
            case ADDED -> "added for SMETS1";
            case CONSTRAINED -> "constrained for SMETS1";
        };
    }

    /**
     * Text inside PlantUML quotes and labels: no quotes or line breaks that would end the statement, and no
     * {@code [[link]]} markup, which PlantUML would turn into a live hyperlink in the SVG.
     */
    static String text(String value) {
        return value.replace('"', '\'').replaceAll("[\\r\\n\\t]+", " ").replace("[[", "[ [").replace("]]", "] ]");
    }
}
