package org.tadworkbench.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.BodyLinks;
import org.tadworkbench.document.Picture;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.Section;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.DiagramVariant;
import org.tadworkbench.model.ViewRenderer;
import org.tadworkbench.workspace.Workspace;

/**
 * Puts together one version of the document for one variant: the sections that apply, in outline order, with the
 * figures they embed drawn from that version's model (the SMETS2+ diagram, the SMETS1 one, or for a full build the
 * variation diagram), the pictures they show (figures/...), and the document control of that version.
 */
public final class DocumentAssembly {

    /** A figure in Markdown: {@code ![Figure 4.2 Application Model](view:application-model)}. */
    public static final Pattern FIGURE = Pattern.compile("!\\[([^\\]]*)]\\(view:([A-Za-z0-9._-]+)\\)");

    private DocumentAssembly() {
    }

    public static AssembledDocument assemble(Workspace ws, String version, Applicability variant) {
        DocumentVersion chosen = ws.manifest().versions().stream().filter(v -> v.version().equals(version)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no version " + version + " in workspace.yaml (versions: "
                        + String.join(", ", ws.manifest().versions().stream().map(DocumentVersion::version).toList()) + ")"));
        List<Section> text = ws.sectionsOf(version).orElseThrow(() -> new IllegalArgumentException(
                "version " + version + " has no text in this workspace (neither the draft nor a snapshot under versions/)"));
        List<AssembledSection> sections = new ArrayList<>();
        Map<String, String> captions = new LinkedHashMap<>();
        Map<String, Picture> pictures = new LinkedHashMap<>();
        for (Section section : text) {
            if (!section.applicability().appliesTo(variant)) {
                continue;
            }
            sections.add(new AssembledSection(section.number(), section.title(), section.depth(), section.applicability(),
                    AssembledSection.anchorOf(section.number()), section.body(),
                    variant != Applicability.BOTH && section.applicability() != Applicability.BOTH));
            Matcher figure = FIGURE.matcher(section.body());
            while (figure.find()) {
                captions.putIfAbsent(figure.group(2), figure.group(1));
            }
            // A version's pictures are its own files (figures/<version>/... for an earlier version's text).
            BodyLinks.of(section.body()).pictures().forEach(p -> ws.picture(p.id()).ifPresent(found -> pictures.put(p.id(), found)));
        }
        // The version's own model: a published version keeps the figures it was published with (versions/<v>/model/).
        ArchitectureModel model = ws.modelOf(version);
        ViewRenderer renderer = new ViewRenderer(model);
        DiagramVariant diagram = switch (variant) {
            case SMETS1 -> DiagramVariant.SMETS1;
            case SMETS2PLUS -> DiagramVariant.SMETS2PLUS;
            case BOTH -> DiagramVariant.VARIATION;
        };
        // Laying out a diagram takes a second or more when it is not cached: lay the figures out side by side.
        Map<String, Figure> drawn = captions.entrySet().parallelStream()
                .filter(e -> model.view(e.getKey()).isPresent())
                .map(e -> {
                    String source = renderer.plantUml(model.view(e.getKey()).orElseThrow(), diagram);
                    String svg = new String(DiagramCache.get("svg", source,
                            () -> ViewRenderer.svgOf(source).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
                    return new Figure(e.getKey(), e.getValue(), svg);
                })
                .collect(java.util.stream.Collectors.toConcurrentMap(Figure::viewId, f -> f));
        Map<String, Figure> figures = new LinkedHashMap<>();
        captions.keySet().stream().filter(drawn::containsKey).forEach(view -> figures.put(view, drawn.get(view)));
        List<DocumentVersion> history = ws.manifest().versions().stream()
                .filter(v -> !org.tadworkbench.document.VersionNumber.isAfter(v.version(), version)).toList();
        return new AssembledDocument(ws.manifest(), chosen, variant, chosen.date(),
                "This document has a Classification of " + ws.manifest().classification(), history, sections,
                ws.glossaryOf(version), ws.referencesOf(version), figures, renderer.modelVersion(), pictures);
    }
}
