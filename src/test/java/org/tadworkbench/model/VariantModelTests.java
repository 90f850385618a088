package org.tadworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadworkbench.document.Applicability;

/** How SMETS1 variations change the SMETS2+ architecture, on a model small enough to reason about by hand. */
class VariantModelTests {

    private static Element element(String id, ElementType type, Applicability applicability) {
        return new Element(id, type, id.toUpperCase(), id.startsWith("srv") ? id.substring(3) : null, applicability, null, null);
    }

    private static final ArchitectureModel MODEL = new ArchitectureModel(
            List.of(element("hub", ElementType.DEVICE, Applicability.BOTH),
                    element("s1hub", ElementType.DEVICE, Applicability.SMETS1),
                    element("meter", ElementType.DEVICE, Applicability.BOTH),
                    element("terminal", ElementType.DEVICE, Applicability.BOTH),
                    element("reader", ElementType.DEVICE, Applicability.BOTH),
                    element("srv8.13", ElementType.SERVICE_REQUEST, Applicability.BOTH),
                    element("proxy", ElementType.DEVICE, Applicability.SMETS2PLUS)),
            List.of(new Relationship("j1", RelationshipType.JOINS, "meter", "hub", Applicability.BOTH),
                    new Relationship("j2", RelationshipType.JOINS, "terminal", "hub", Applicability.BOTH),
                    new Relationship("r1", RelationshipType.REQUIRES, "terminal", "srv8.13", Applicability.BOTH),
                    new Relationship("r2", RelationshipType.REQUIRES, "reader", "terminal", Applicability.BOTH),
                    new Relationship("h1", RelationshipType.HOSTS, "hub", "proxy", Applicability.SMETS2PLUS)),
            List.of(new Variation("V1", "hub", VariationKind.REPLACED_BY, "s1hub", "SEC", "F4", null),
                    new Variation("V2", "srv8.13", VariationKind.NOT_APPLICABLE, null, "DUIS", "1.4.2", "not offered"),
                    new Variation("V3", "s1hub", VariationKind.ADDED, null, "SEC", "F2.10A", null)),
            List.of(new View("all", "All", "9.9", List.of(), List.of(), List.of(), null)));

    @Test
    void smets2plusIgnoresVariations() {
        VariantModel smets2plus = VariantModel.of(MODEL, Applicability.SMETS2PLUS);

        assertThat(smets2plus.elements()).extracting(Element::id)
                .containsExactly("hub", "meter", "terminal", "reader", "srv8.13", "proxy");
        assertThat(smets2plus.relationships()).extracting(Relationship::id).containsExactly("j1", "j2", "r1", "r2", "h1");
    }

    @Test
    void smets1ReplacesRemovesAndDropsWhatRequiresTheRemoved() {
        VariantModel smets1 = VariantModel.of(MODEL, Applicability.SMETS1);

        assertThat(smets1.elements()).extracting(Element::id).containsExactly("s1hub", "meter");
        assertThat(smets1.relationships()).singleElement()
                .satisfies(r -> assertThat(List.of(r.id(), r.from(), r.to())).containsExactly("j1", "meter", "s1hub"));
    }

    @Test
    void availabilityFollowsRequiresTransitivelyWithTheReasonChain() {
        AvailabilityAnalysis smets1 = new AvailabilityAnalysis(MODEL, Applicability.SMETS1);

        AvailabilityItem reader = smets1.of("reader");

        assertThat(reader.available()).isFalse();
        assertThat(reader.source()).isEqualTo("DUIS 1.4.2");
        assertThat(reader.reasons()).containsExactly("READER requires TERMINAL", "TERMINAL requires SRV8.13",
                "SRV8.13 is not available for SMETS1 (DUIS 1.4.2): not offered");
        assertThat(smets1.of("hub").status()).isEqualTo("replaced");
        assertThat(smets1.of("proxy").reasons()).containsExactly("PROXY applies to SMETS2+ only");
        assertThat(new AvailabilityAnalysis(MODEL, Applicability.SMETS2PLUS).of("reader").available()).isTrue();
    }

    @Test
    void joinsAreUnavailableWhenADeviceIsAndRedirectedWhenReplaced() {
        AvailabilityReport report = new AvailabilityAnalysis(MODEL, Applicability.SMETS1).report();

        assertThat(report.joins()).extracting(AvailabilityItem::id, AvailabilityItem::available).containsExactly(
                org.assertj.core.groups.Tuple.tuple("j1", true), org.assertj.core.groups.Tuple.tuple("j2", false));
        assertThat(report.joins().get(0).reasons()).containsExactly("HUB is played by S1HUB for SMETS1");
    }

    @Test
    void variationDiagramMarksEveryKindOfChangeAndCarriesTheModelVersion() {
        String source = new ViewRenderer(MODEL).plantUml(MODEL.view("all").orElseThrow(), DiagramVariant.VARIATION);

        assertThat(source).contains("!pragma layout smetana", "replaced for SMETS1", "added for SMETS1", "not in SMETS1",
                "replaced by for SMETS1", "Generated from model version " + ModelVersion.of(MODEL));
        assertThat(ModelVersion.of(MODEL)).isNotEqualTo(ModelVersion.of(new ArchitectureModel(MODEL.elements(),
                MODEL.relationships(), MODEL.variations().subList(0, 2), MODEL.views())));
    }
}
