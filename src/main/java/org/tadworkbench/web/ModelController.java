package org.tadworkbench.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.AvailabilityAnalysis;
import org.tadworkbench.model.AvailabilityItem;
import org.tadworkbench.model.AvailabilityReport;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.ElementType;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.Usage;
import org.tadworkbench.model.Variation;
import org.tadworkbench.model.WhereUsed;
import org.tadworkbench.workspace.Workspace;

/** The architecture model: its elements by type, one element with its links and uses, and SMETS1 availability. */
@Controller
class ModelController {

    /** A model of up to this many elements is listed on one page. */
    static final int ONE_PAGE_UP_TO = 100;
    /** Elements a page of a larger model lists (about 18 kB of HTML). */
    static final int ELEMENTS_PER_PAGE = 50;

    private final CurrentWorkspace current;
    private final Labels labels;

    ModelController(CurrentWorkspace current, Labels labels) {
        this.current = current;
        this.labels = labels;
    }

    @GetMapping("/model")
    String listElements(@RequestParam(required = false) String type,
                        @RequestParam(required = false) String applicability,
                        @RequestParam(required = false) Integer page, Model model) {
        Workspace ws = current.require();
        ArchitectureModel architecture = ws.model();
        ElementType wantedType = parse(ElementType.values(), type, "type");
        Applicability wantedApplicability = parse(Applicability.values(), applicability, "applicability");
        // Filters are enum values, so the few indexes readers ask for are kept per revision.
        ElementIndex index = current.derived(ws, "model " + wantedType + " " + wantedApplicability,
                w -> ElementIndex.of(w.model(), wantedType, wantedApplicability));
        Paged<ElementRow> rows = Paged.of(index.rows(), page, ONE_PAGE_UP_TO, ELEMENTS_PER_PAGE);
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("groups", rows.items().stream()
                .collect(Collectors.groupingBy(row -> row.element().type(), LinkedHashMap::new, Collectors.toList()))
                .entrySet().stream().map(e -> new TypeGroup(e.getKey(), e.getValue())).toList());
        model.addAttribute("rows", rows);
        model.addAttribute("typeCounts", index.typeCounts());
        model.addAttribute("previousPage", rows.previous() == null ? null : modelUrl(type, applicability, rows.previous()));
        model.addAttribute("nextPage", rows.next() == null ? null : modelUrl(type, applicability, rows.next()));
        model.addAttribute("total", architecture.elements().size());
        model.addAttribute("shown", index.rows().size());
        model.addAttribute("viewCount", architecture.views().size());
        model.addAttribute("filtered", wantedType != null || wantedApplicability != null);
        model.addAttribute("types", index.types());
        model.addAttribute("applicabilities", Applicability.values());
        model.addAttribute("selectedType", wantedType);
        model.addAttribute("selectedApplicability", wantedApplicability);
        model.addAttribute("names", index.names());
        return "model/listElements";
    }

    @GetMapping("/model/elements/{id}")
    String showElement(@PathVariable String id, Model model) {
        Workspace ws = current.require();
        ArchitectureModel architecture = ws.model();
        Element element = architecture.element(id)
                .orElseThrow(() -> new PageNotFoundException("There is no element " + id + " in the architecture model."));
        List<Usage> usages = WhereUsed.of(architecture, ws.sections(), ws.releases(), id);
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("element", element);
        model.addAttribute("outgoing", architecture.relationships().stream().filter(r -> r.from().equals(id))
                .map(r -> link(architecture, r, r.to())).toList());
        model.addAttribute("incoming", architecture.relationships().stream().filter(r -> r.to().equals(id))
                .map(r -> link(architecture, r, r.from())).toList());
        model.addAttribute("variations", architecture.variations().stream().filter(v -> v.target().equals(id)).toList());
        model.addAttribute("replaces", architecture.variations().stream().filter(v -> id.equals(v.replacement())).toList());
        model.addAttribute("names", names(architecture));
        model.addAttribute("sections", usages.stream().filter(u -> u.kind().equals("section")).toList());
        model.addAttribute("views", usages.stream().filter(u -> u.kind().equals("view")).toList());
        model.addAttribute("impactRows", usages.stream().filter(u -> u.kind().equals("impact-row"))
                .map(ImpactUse::of).toList());
        return "model/showElement";
    }

    @GetMapping("/model/availability")
    String showAvailability(@RequestParam(required = false) String variant, Model model) {
        Workspace ws = current.require();
        List<Applicability> variants = List.of(Applicability.SMETS1, Applicability.SMETS2PLUS);
        Applicability chosen = variant == null || variant.isBlank() ? Applicability.SMETS1
                : variants.stream().filter(v -> labels.code(v).equals(variant)).findFirst()
                .orElseThrow(() -> new PageNotFoundException("There is no availability for " + variant
                        + "; choose smets1 or smets2plus."));
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("variant", chosen);
        model.addAttribute("variants", variants);
        AvailabilityReport report = new AvailabilityAnalysis(ws.model(), chosen).report();
        model.addAttribute("report", report);
        model.addAttribute("tables", List.of(
                new AvailabilityTable("service-requests", "Service requests", report.serviceRequests(), true),
                new AvailabilityTable("devices", "Devices", report.devices(), true),
                new AvailabilityTable("joins", "HAN joins", report.joins(), false)));
        return "model/showAvailability";
    }

    /** The first variation of an element or relationship; lint allows only one per target. */
    static Optional<Variation> variationOf(ArchitectureModel model, String target) {
        return model.variations().stream().filter(v -> v.target().equals(target)).findFirst();
    }

    /** Element id to the label lists show, for linking the other end of a relationship or a replacement. */
    static Map<String, String> names(ArchitectureModel model) {
        Map<String, String> names = new LinkedHashMap<>();
        model.elements().forEach(e -> names.put(e.id(), e.label()));
        return names;
    }

    private static RelationshipLink link(ArchitectureModel model, Relationship relationship, String otherId) {
        return new RelationshipLink(relationship, otherId, model.element(otherId).orElse(null),
                variationOf(model, relationship.id()).orElse(null));
    }

    /** Blank means every value; otherwise the file spelling (service-request, smets2plus) of one of {@code values}. */
    private <E extends Enum<E>> E parse(E[] values, String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(values).filter(v -> labels.code(v).equals(text)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown " + what + " " + text));
    }

    /** One table of the availability page; {@code linked} when its items are elements with pages of their own. */
    record AvailabilityTable(String anchor, String title, List<AvailabilityItem> items, boolean linked) {
        public long availableCount() {
            return items.stream().filter(AvailabilityItem::available).count();
        }
    }

    record TypeGroup(ElementType type, List<ElementRow> elements) {
    }

    /** The model page of {@code type} and {@code applicability} (blank or null: any) at {@code page}. */
    private static String modelUrl(String type, String applicability, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/model");
        Optional.ofNullable(type).filter(t -> !t.isBlank()).ifPresent(t -> url.queryParam("type", t));
        Optional.ofNullable(applicability).filter(a -> !a.isBlank()).ifPresent(a -> url.queryParam("applicability", a));
        return url.queryParam("page", page).encode().toUriString();
    }

    /** The element list of one filter: its rows in type order, the types present, labels by id. */
    record ElementIndex(List<ElementRow> rows, List<ElementType> types, Map<String, String> names,
                        Map<ElementType, Long> typeCounts) {

        static ElementIndex of(ArchitectureModel architecture, ElementType wantedType, Applicability wantedApplicability) {
            Map<String, Variation> variations = new HashMap<>();
            architecture.variations().forEach(v -> variations.putIfAbsent(v.target(), v));
            List<Element> shown = architecture.elements().stream()
                    .filter(e -> wantedType == null || e.type() == wantedType)
                    .filter(e -> wantedApplicability == null || e.applicability() == wantedApplicability)
                    .toList();
            List<ElementRow> rows = shown.stream()
                    .sorted(Comparator.comparing(Element::type))
                    .map(e -> new ElementRow(e, variations.get(e.id())))
                    .toList();
            List<ElementType> types = architecture.elements().stream().map(Element::type).distinct().sorted().toList();
            return new ElementIndex(rows, types, ModelController.names(architecture), rows.stream()
                    .collect(Collectors.groupingBy(row -> row.element().type(), Collectors.counting())));
        }
    }

    /** An element in the index, with its SMETS1 variation if it has one. */
    record ElementRow(Element element, Variation variation) {
    }

    /** A relationship seen from one end: the element at the other end (null if the model lacks it). */
    record RelationshipLink(Relationship relationship, String otherId, Element other, Variation variation) {
    }

    /** An impact row that mentions the element: WhereUsed names it release/row. */
    record ImpactUse(String release, String row, String title, String how) {
        static ImpactUse of(Usage usage) {
            int slash = usage.id().indexOf('/');
            return new ImpactUse(usage.id().substring(0, slash), usage.id().substring(slash + 1), usage.title(), usage.how());
        }
    }
}
