package org.tadworkbench.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.Section;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.DiagramVariant;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.ModelVersion;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.Variation;
import org.tadworkbench.model.VariantModel;
import org.tadworkbench.model.View;
import org.tadworkbench.model.ViewContents;
import org.tadworkbench.workspace.Workspace;

/**
 * The views of the model: the list, one view in one of its three variants with a text alternative, and its SVG. Under
 * {@code /versions/{v}/model/views/} the same pages draw a version's figures from the model kept with its snapshot,
 * so an earlier version shows the figures it was published with ({@link Workspace#modelOf}).
 */
@Controller
class ViewsController {

    static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);
    /** The SVG is shown as an image, but opened on its own it must not run anything or load anything. */
    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private final CurrentWorkspace current;
    private final ViewFigures figures;
    private final ModelLabels words;
    private final VersionAccess access;

    ViewsController(CurrentWorkspace current, ViewFigures figures, ModelLabels words, VersionAccess access) {
        this.current = current;
        this.access = access;
        this.figures = figures;
        this.words = words;
    }

    @GetMapping("/model/views")
    String listViews(Model model) {
        Workspace ws = current.require();
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("views", ws.model().views());
        model.addAttribute("variants", DiagramVariant.values());
        return "model/listViews";
    }

    @GetMapping("/model/views/{id}")
    String showView(@PathVariable String id, @RequestParam(required = false) String variant, Model model) {
        Workspace ws = current.require();
        return showView(ws, forReader(ws), id, variant, model);
    }

    /** A view as a version drew it: from the model kept in its snapshot (today's for the draft or a snapshot without one). */
    @GetMapping("/versions/{version}/model/views/{id}")
    String showVersionView(@PathVariable String version, @PathVariable String id,
                           @RequestParam(required = false) String variant, Model model) {
        Workspace ws = current.require();
        return showView(ws, of(ws, version), id, variant, model);
    }

    @GetMapping("/model/views/{id}/{variant}.svg")
    ResponseEntity<String> showViewSvg(@PathVariable String id, @PathVariable String variant) {
        Workspace ws = current.require();
        return svg(today(ws).model(), id, variant);
    }

    @GetMapping("/versions/{version}/model/views/{id}/{variant}.svg")
    ResponseEntity<String> showVersionViewSvg(@PathVariable String version, @PathVariable String id,
                                              @PathVariable String variant) {
        Workspace ws = current.require();
        return svg(of(ws, version).model(), id, variant);
    }

    /**
     * Whose model a view page draws and where its links go: today's model under /model/views/, or a version's under
     * /versions/{v}/model/views/ with that version's sections.
     */
    record Drawn(ArchitectureModel model, List<Section> sections, String viewsPath, String sectionsPath, String version) {
    }

    /**
     * The view as this reader may read it: today's, with the draft's sections that show it, for those who may read the
     * draft; else as the live version drew it (its sections); else the diagram alone, naming no section of a draft.
     */
    private Drawn forReader(Workspace ws) {
        Optional<String> reading = access.readingVersion(ws);
        if (reading.isEmpty()) {
            return new Drawn(ws.model(), List.of(), "/model/views/", "/sections/", null);
        }
        return ReadingRoom.isCurrent(ws, reading.get()) ? today(ws) : of(ws, reading.get());
    }

    private static Drawn today(Workspace ws) {
        return new Drawn(ws.model(), ws.sections(), "/model/views/", "/sections/", null);
    }

    /** The version's own model: 404 for a version the workspace lacks, 403 for one the reader may not see yet. */
    private Drawn of(Workspace ws, String version) {
        List<Section> sections = ws.manifest().versions().stream().anyMatch(v -> v.version().equals(version))
                ? ws.sectionsOf(version).orElse(null) : null;
        if (sections == null) {
            throw new PageNotFoundException("There is no version " + version + " with its own text in the workspace.");
        }
        access.require(ws, version);
        String root = "/versions/" + version + "/";
        return new Drawn(ws.modelOf(version), sections, root + "model/views/", root + "sections/", version);
    }

    private String showView(Workspace ws, Drawn drawn, String id, String variant, Model model) {
        ArchitectureModel architecture = drawn.model();
        View view = view(architecture, id);
        DiagramVariant chosen = variant == null || variant.isBlank() ? DiagramVariant.SMETS2PLUS : variant(variant);
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("drawn", drawn);
        model.addAttribute("view", view);
        model.addAttribute("heading", heading(view));
        model.addAttribute("variant", chosen);
        model.addAttribute("variantCode", code(chosen));
        model.addAttribute("variants", DiagramVariant.values());
        model.addAttribute("modelVersion", ModelVersion.of(architecture));
        model.addAttribute("names", ModelController.names(architecture));
        model.addAttribute("sections", drawn.sections().stream()
                .filter(s -> s.body() != null && s.body().contains("(view:" + id + ")")).toList());
        if (chosen == DiagramVariant.VARIATION) {
            Changes changes = changes(architecture, view);
            model.addAttribute("changes", changes);
            model.addAttribute("alt", heading(view) + ", " + words.diagram(chosen) + ": " + changes.elements().size()
                    + " element changes and " + changes.relationships().size()
                    + " relationship changes, listed in words below the diagram.");
        } else {
            ViewContents contents = ViewContents.of(view, VariantModel.of(architecture, chosen.architecture()));
            model.addAttribute("contents", contents);
            model.addAttribute("alt", heading(view) + ", " + words.diagram(chosen) + ": " + contents.elements().size()
                    + " elements and " + contents.relationships().size()
                    + " relationships, listed in words below the diagram.");
        }
        return "model/showView";
    }

    private ResponseEntity<String> svg(ArchitectureModel model, String id, String variant) {
        View view = view(model, id);
        DiagramVariant chosen = variant(variant);
        ViewFigures.Figure figure = figures.svg(model, view, chosen);
        // The ETag names what was drawn, so a browser revalidates cheaply and never keeps a figure of an old model.
        return ResponseEntity.ok()
                .contentType(SVG)
                .header("Content-Security-Policy", SVG_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache())
                .eTag(figure.modelVersion() + "-" + id + "-" + code(chosen))
                .body(figure.svg());
    }

    static String code(DiagramVariant variant) {
        return variant.name().toLowerCase(Locale.ROOT);
    }

    /** "Figure 4.2 Application Model", or the title alone for a view that draws no TAD figure. */
    static String heading(View view) {
        return view.figure() == null ? view.title() : "Figure " + view.figure() + " " + view.title();
    }

    private static View view(ArchitectureModel model, String id) {
        return model.view(id).orElseThrow(() -> new PageNotFoundException("There is no view " + id + " in the architecture model."));
    }

    private static DiagramVariant variant(String text) {
        return Arrays.stream(DiagramVariant.values()).filter(v -> code(v).equals(text)).findFirst()
                .orElseThrow(() -> new PageNotFoundException("There is no diagram variant " + text
                        + "; choose smets2plus, smets1 or variation."));
    }

    /** What the variation diagram marks: the view's SMETS2+ contents against its SMETS1 contents, as ViewRenderer draws it. */
    private Changes changes(ArchitectureModel model, View view) {
        VariantModel smets2plus = VariantModel.of(model, Applicability.SMETS2PLUS);
        VariantModel smets1 = VariantModel.of(model, Applicability.SMETS1);
        ViewContents before = ViewContents.of(view, smets2plus);
        ViewContents after = ViewContents.of(view, smets1);
        Set<String> beforeIds = ids(before.elements());
        Set<String> afterIds = ids(after.elements());
        List<ElementChange> elements = new ArrayList<>();
        for (Element element : model.elements()) {
            if (!beforeIds.contains(element.id()) && !afterIds.contains(element.id())) {
                continue;
            }
            Variation variation = smets1.variation(element.id()).orElse(null);
            if (variation != null) {
                elements.add(new ElementChange(element, words.variation(variation), variation));
            } else if (!afterIds.contains(element.id())) {
                elements.add(new ElementChange(element, "not in SMETS1 (applies to SMETS2+ only)", null));
            } else if (!beforeIds.contains(element.id())) {
                elements.add(new ElementChange(element, "added for SMETS1", null));
            }
        }
        Set<String> beforeKeys = keys(before.relationships());
        Set<String> afterKeys = keys(after.relationships());
        List<RelationshipChange> relationships = new ArrayList<>();
        before.relationships().stream().filter(r -> !afterKeys.contains(key(r))).forEach(r -> relationships.add(
                new RelationshipChange(r, "removed for SMETS1", smets1.variation(r.id()).orElse(null))));
        after.relationships().stream().filter(r -> !beforeKeys.contains(key(r))).forEach(r -> relationships.add(
                new RelationshipChange(r, "added for SMETS1", smets1.variation(r.id()).orElse(null))));
        return new Changes(elements, relationships);
    }

    private static Set<String> ids(List<Element> elements) {
        Set<String> ids = new HashSet<>();
        elements.forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static Set<String> keys(List<Relationship> relationships) {
        Set<String> keys = new HashSet<>();
        relationships.forEach(r -> keys.add(key(r)));
        return keys;
    }

    private static String key(Relationship r) {
        return r.id() + " " + r.from() + " " + r.to();
    }

    record Changes(List<ElementChange> elements, List<RelationshipChange> relationships) {
        public boolean isEmpty() {
            return elements.isEmpty() && relationships.isEmpty();
        }
    }

    /** An element the variation diagram marks, how, and the variation that says so (null when applicability does). */
    record ElementChange(Element element, String change, Variation variation) {
    }

    /** A relationship SMETS1 removes or adds (a redirected one is both), with its own variation if it has one. */
    record RelationshipChange(Relationship relationship, String change, Variation variation) {
    }
}
