package org.tadworkbench.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tadworkbench.document.Applicability;

/**
 * The architecture as it stands for one variant. SMETS2+ is the model without its variations; SMETS1 applies them:
 * not-applicable elements and relationships disappear, replaced elements give way to their replacement (and the
 * relationships that touched them are redirected to it), added and constrained ones stay. An element that
 * requires one that is gone goes too (HHT without SRV 8.13), so diagrams agree with the availability analysis.
 */
public final class VariantModel {

    private final ArchitectureModel model;
    private final Applicability variant;
    private final Map<String, Element> elements = new LinkedHashMap<>();
    private final Map<String, String> replacedBy = new LinkedHashMap<>();
    private final Map<String, Variation> variationOf = new LinkedHashMap<>();
    private final List<Relationship> relationships = new ArrayList<>();

    private VariantModel(ArchitectureModel model, Applicability variant) {
        this.model = model;
        this.variant = variant;
        if (variant == Applicability.SMETS1) {
            model.variations().forEach(v -> variationOf.putIfAbsent(v.target(), v));
        }
        for (Element element : model.elements()) {
            Optional<Variation> variation = variation(element.id());
            boolean removed = variation.map(v -> v.kind() == VariationKind.NOT_APPLICABLE || v.kind() == VariationKind.REPLACED_BY).orElse(false);
            variation.filter(v -> v.kind() == VariationKind.REPLACED_BY && v.replacement() != null)
                    .ifPresent(v -> replacedBy.put(element.id(), v.replacement()));
            if (element.applicability().appliesTo(variant) && !removed) {
                elements.put(element.id(), element);
            }
        }
        dropWhatRequiresMissingElements();
        Set<String> seen = new HashSet<>();
        for (Relationship relationship : model.relationships()) {
            boolean removed = variation(relationship.id()).map(v -> v.kind() == VariationKind.NOT_APPLICABLE).orElse(false);
            if (!relationship.applicability().appliesTo(variant) || removed) {
                continue;
            }
            String from = replacedBy.getOrDefault(relationship.from(), relationship.from());
            String to = replacedBy.getOrDefault(relationship.to(), relationship.to());
            if (elements.containsKey(from) && elements.containsKey(to) && !from.equals(to)
                    && seen.add(relationship.type() + " " + from + " " + to)) {
                relationships.add(from.equals(relationship.from()) && to.equals(relationship.to()) ? relationship
                        : new Relationship(relationship.id(), relationship.type(), from, to, relationship.applicability()));
            }
        }
    }

    private void dropWhatRequiresMissingElements() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Relationship requires : model.relationships()) {
                if (requires.type() != RelationshipType.REQUIRES || !requires.applicability().appliesTo(variant)
                        || variation(requires.id()).map(v -> v.kind() == VariationKind.NOT_APPLICABLE).orElse(false)) {
                    continue;
                }
                String needed = replacedBy.getOrDefault(requires.to(), requires.to());
                if (elements.containsKey(requires.from()) && !elements.containsKey(needed)) {
                    elements.remove(requires.from());
                    changed = true;
                }
            }
        }
    }

    public static VariantModel of(ArchitectureModel model, Applicability variant) {
        if (variant == Applicability.BOTH) {
            throw new IllegalArgumentException("choose smets2plus or smets1");
        }
        return new VariantModel(model, variant);
    }

    public Applicability variant() {
        return variant;
    }

    public ArchitectureModel model() {
        return model;
    }

    public boolean contains(String elementId) {
        return elements.containsKey(elementId);
    }

    public List<Element> elements() {
        return List.copyOf(elements.values());
    }

    /** Relationships of this variant, their ends redirected to replacements where SMETS1 replaces an element. */
    public List<Relationship> relationships() {
        return List.copyOf(relationships);
    }

    /** The SMETS1 variation of an element or relationship, if any (never for SMETS2+). */
    public Optional<Variation> variation(String targetId) {
        return Optional.ofNullable(variationOf.get(targetId));
    }

    public Optional<String> replacementOf(String elementId) {
        return Optional.ofNullable(replacedBy.get(elementId));
    }
}
