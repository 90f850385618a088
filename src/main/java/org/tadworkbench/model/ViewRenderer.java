package org.tadworkbench.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.model.internal.PlantUmlSource;
import org.tadworkbench.model.internal.PlantUmlSource.Arrow;
import org.tadworkbench.model.internal.PlantUmlSource.Shape;

/**
 * Draws the views of a model: per view a SMETS2+ diagram, a SMETS1 diagram, and a variation diagram that marks
 * what SMETS1 removes, replaces, adds and constrains. Each figure is stamped with the model version.
 */
public final class ViewRenderer {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private final ArchitectureModel model;
    private final String modelVersion;
    private final VariantModel smets2plus;
    private final VariantModel smets1;

    public ViewRenderer(ArchitectureModel model) {
        this.model = model;
        this.modelVersion = ModelVersion.of(model);
        this.smets2plus = VariantModel.of(model, Applicability.SMETS2PLUS);
        this.smets1 = VariantModel.of(model, Applicability.SMETS1);
    }

    public String modelVersion() {
        return modelVersion;
    }

    /** The PlantUML source of one diagram. */
    public String plantUml(View view, DiagramVariant variant) {
        return switch (variant) {
            case SMETS2PLUS -> plain(view, smets2plus, "SMETS2+");
            case SMETS1 -> plain(view, smets1, "SMETS1");
            case VARIATION -> variation(view);
        };
    }

    /** The diagram as a standalone SVG document. */
    public String svg(View view, DiagramVariant variant) {
        return svgOf(plantUml(view, variant));
    }

    /** Lays out PlantUML source as SVG (the costly step, which callers may cache by the source). */
    public static String svgOf(String plantUml) {
        try {
            ByteArrayOutputStream svg = new ByteArrayOutputStream();
            new SourceStringReader(plantUml).outputImage(svg, new FileFormatOption(FileFormat.SVG));
            return svg.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw a diagram", e);
        }
    }

    private String plain(View view, VariantModel variant, String subtitle) {
        ViewContents contents = ViewContents.of(view, variant);
        return PlantUmlSource.diagram(view, subtitle, modelVersion,
                contents.elements().stream().map(e -> new Shape(e, null)).toList(),
                contents.relationships().stream().map(r -> new Arrow(r, null)).toList(), Map.of(), false);
    }

    private String variation(View view) {
        if (!variesForSmets1()) {
            // A model from before SMETS1 (or one without SMETS1 content) has nothing to mark: its one diagram is the
            // architecture itself, not an empty "what SMETS1 changes".
            return plain(view, smets2plus, "SMETS2+");
        }
        ViewContents before = ViewContents.of(view, smets2plus);
        ViewContents after = ViewContents.of(view, smets1);
        Set<String> beforeIds = ids(before.elements());
        Set<String> afterIds = ids(after.elements());
        Map<String, Element> union = new LinkedHashMap<>();
        model.elements().stream().filter(e -> beforeIds.contains(e.id()) || afterIds.contains(e.id()))
                .forEach(e -> union.put(e.id(), e));
        List<Shape> shapes = new ArrayList<>();
        Map<String, String> replacements = new LinkedHashMap<>();
        for (Element element : union.values()) {
            String mark = smets1.variation(element.id()).map(PlantUmlSource::mark).orElse(null);
            if (mark == null && !afterIds.contains(element.id())) {
                mark = "not in SMETS1";
            } else if (mark == null && !beforeIds.contains(element.id())) {
                mark = "added for SMETS1";
            }
            shapes.add(new Shape(element, mark));
            smets1.replacementOf(element.id()).filter(union::containsKey).ifPresent(r -> replacements.put(element.id(), r));
        }
        Set<String> beforeArrows = arrowKeys(before.relationships());
        Set<String> afterArrows = arrowKeys(after.relationships());
        List<Arrow> arrows = new ArrayList<>();
        before.relationships().forEach(r -> arrows.add(new Arrow(r, afterArrows.contains(key(r)) ? null : "removed")));
        after.relationships().stream().filter(r -> !beforeArrows.contains(key(r))).forEach(r -> arrows.add(new Arrow(r, "added")));
        return PlantUmlSource.diagram(view, "what SMETS1 changes", modelVersion, shapes, arrows, replacements, true);
    }

    /** Whether the model says anything about SMETS1: a variation, or an element or relationship for SMETS1 only. */
    private boolean variesForSmets1() {
        return !model.variations().isEmpty()
                || model.elements().stream().anyMatch(e -> e.applicability() == Applicability.SMETS1)
                || model.relationships().stream().anyMatch(r -> r.applicability() == Applicability.SMETS1);
    }

    private static Set<String> ids(List<Element> elements) {
        Set<String> ids = new LinkedHashSet<>();
        elements.forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static Set<String> arrowKeys(List<Relationship> relationships) {
        Set<String> keys = new LinkedHashSet<>();
        relationships.forEach(r -> keys.add(key(r)));
        return keys;
    }

    private static String key(Relationship r) {
        return r.id() + " " + r.from() + " " + r.to();
    }
}
