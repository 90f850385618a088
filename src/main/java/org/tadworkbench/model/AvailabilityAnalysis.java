package org.tadworkbench.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tadworkbench.document.Applicability;

/**
 * Derives availability from the model alone: an element is unavailable when a variation says so, when it requires
 * (transitively) something unavailable, or when it does not apply to the variant; a HAN join is unavailable
 * when a variation forbids it or either device is unavailable.
 */
public final class AvailabilityAnalysis {

    private final ArchitectureModel model;
    private final VariantModel variant;
    private final Map<String, AvailabilityItem> memo = new HashMap<>();
    private final Map<String, List<Relationship>> requiresFrom = new HashMap<>();
    private final Map<String, Element> elements = new HashMap<>();

    public AvailabilityAnalysis(ArchitectureModel model, Applicability variant) {
        this.model = model;
        this.variant = VariantModel.of(model, variant);
        model.elements().forEach(e -> elements.putIfAbsent(e.id(), e));
        for (Relationship relationship : model.relationships()) {
            if (relationship.type() == RelationshipType.REQUIRES) {
                requiresFrom.computeIfAbsent(relationship.from(), k -> new ArrayList<>()).add(relationship);
            }
        }
    }

    public AvailabilityReport report() {
        List<AvailabilityItem> requests = new ArrayList<>();
        List<AvailabilityItem> devices = new ArrayList<>();
        for (Element element : model.elements()) {
            if (element.type() == ElementType.SERVICE_REQUEST) {
                requests.add(of(element.id()));
            } else if (element.type() == ElementType.DEVICE) {
                devices.add(of(element.id()));
            }
        }
        List<AvailabilityItem> joins = model.relationships().stream()
                .filter(r -> r.type() == RelationshipType.JOINS).map(this::join).toList();
        return new AvailabilityReport(variant.variant().name().toLowerCase(), ModelVersion.of(model), requests, devices, joins);
    }

    /** Availability of one element, following what it requires. */
    public AvailabilityItem of(String elementId) {
        AvailabilityItem known = memo.get(elementId);
        if (known != null) {
            return known;
        }
        AvailabilityItem item = evaluate(elementId, new HashSet<>());
        memo.put(elementId, item);
        return item;
    }

    private AvailabilityItem evaluate(String elementId, Set<String> path) {
        Element element = element(elementId).orElseThrow(() -> new IllegalArgumentException("no element " + elementId));
        Optional<Variation> variation = variant.variation(elementId);
        // A variation or a missing requirement is looked at before the element's own applicability, so that an
        // element declared for SMETS2+ only still shows the clause that takes it out of SMETS1 (HHT: SRV 8.13).
        if (variation.isPresent() && variation.get().kind() == VariationKind.NOT_APPLICABLE) {
            return item(element, false, "unavailable", variation.get().source(),
                    List.of(label(element) + " is not available for SMETS1 (" + variation.get().source() + ")"
                            + describe(variation.get())));
        }
        if (variation.isPresent() && variation.get().kind() == VariationKind.REPLACED_BY) {
            String replacement = variation.get().replacement();
            String name = model.element(replacement).map(AvailabilityAnalysis::label).orElse(replacement);
            return item(element, false, "replaced", variation.get().source(),
                    List.of(label(element) + " is replaced by " + name + " for SMETS1 (" + variation.get().source() + ")"));
        }
        path.add(elementId);
        for (Relationship requires : requiresFrom.getOrDefault(elementId, List.of())) {
            if (path.contains(requires.to()) || !requires.applicability().appliesTo(variant.variant())
                    || !elements.containsKey(requires.to())) { // a dangling requires is lint's to report, not ours
                continue;
            }
            AvailabilityItem needed = memo.get(requires.to());
            if (needed == null) {
                needed = evaluate(requires.to(), path);
                memo.put(requires.to(), needed);
            }
            if (!needed.available()) {
                path.remove(elementId);
                List<String> reasons = new ArrayList<>();
                reasons.add(label(element) + " requires " + label(element(requires.to()).orElseThrow()));
                reasons.addAll(needed.reasons());
                return item(element, false, "unavailable", needed.source(), reasons);
            }
        }
        path.remove(elementId);
        if (!element.applicability().appliesTo(variant.variant())) {
            return item(element, false, "unavailable", null, List.of(label(element) + " applies to "
                    + (element.applicability() == Applicability.SMETS1 ? "SMETS1" : "SMETS2+") + " only"));
        }
        return item(element, true, "available", variation.map(Variation::source).orElse(null),
                variation.map(v -> List.of(label(element) + " is " + v.kind().name().toLowerCase().replace('_', ' ')
                        + " for SMETS1 (" + v.source() + ")" + describe(v))).orElse(List.of()));
    }

    private AvailabilityItem join(Relationship join) {
        Element from = model.element(join.from()).orElseThrow();
        Element to = model.element(join.to()).orElseThrow();
        String name = label(from) + " joins " + label(to);
        Optional<Variation> variation = variant.variation(join.id());
        if (!join.applicability().appliesTo(variant.variant())) {
            return new AvailabilityItem(join.id(), null, name, false, "unavailable", null,
                    List.of("the join applies to " + (join.applicability() == Applicability.SMETS1 ? "SMETS1" : "SMETS2+") + " only"));
        }
        if (variation.isPresent() && variation.get().kind() == VariationKind.NOT_APPLICABLE) {
            return new AvailabilityItem(join.id(), null, name, false, "unavailable", variation.get().source(),
                    List.of("the join is not permitted for SMETS1 (" + variation.get().source() + ")" + describe(variation.get())));
        }
        for (Element end : List.of(from, to)) {
            AvailabilityItem device = of(end.id());
            if (!device.available() && !"replaced".equals(device.status())) {
                return new AvailabilityItem(join.id(), null, name, false, "unavailable", device.source(), device.reasons());
            }
        }
        List<String> reasons = new ArrayList<>();
        for (Element end : List.of(from, to)) {
            variant.replacementOf(end.id()).flatMap(model::element)
                    .ifPresent(r -> reasons.add(label(end) + " is played by " + label(r) + " for SMETS1"));
        }
        return new AvailabilityItem(join.id(), null, name, true, "available", null, reasons);
    }

    private Optional<Element> element(String id) {
        return Optional.ofNullable(elements.get(id));
    }

    private static AvailabilityItem item(Element element, boolean available, String status, String source, List<String> reasons) {
        return new AvailabilityItem(element.id(), element.code(), element.name(), available, status, source, reasons);
    }

    private static String describe(Variation variation) {
        return variation.description() == null ? "" : ": " + variation.description();
    }

    static String label(Element element) {
        return element.code() == null || element.name().contains(element.code()) ? element.name() : element.code() + " " + element.name();
    }
}
