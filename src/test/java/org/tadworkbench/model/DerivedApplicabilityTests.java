package org.tadworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadworkbench.document.Applicability;

/** Where elements apply, derived from variations and requirements, on a model small enough to reason about by hand. */
class DerivedApplicabilityTests {

    private static Element element(String id, Applicability applicability) {
        return new Element(id, ElementType.DEVICE, id.toUpperCase(), null, applicability, null, null);
    }

    private static final ArchitectureModel MODEL = new ArchitectureModel(
            List.of(element("hub", Applicability.BOTH), element("s1hub", Applicability.SMETS1),
                    element("terminal", Applicability.BOTH), element("srv", Applicability.SMETS2PLUS),
                    element("meter", Applicability.BOTH), element("probe", Applicability.SMETS2PLUS),
                    element("orphan", Applicability.SMETS2PLUS), element("s1only", Applicability.SMETS1)),
            List.of(new Relationship("r1", RelationshipType.REQUIRES, "terminal", "srv", Applicability.BOTH),
                    new Relationship("r2", RelationshipType.REQUIRES, "orphan", "s1only", Applicability.BOTH)),
            List.of(new Variation("V1", "hub", VariationKind.REPLACED_BY, "s1hub", "SEC", "F4", null),
                    new Variation("V2", "srv", VariationKind.NOT_APPLICABLE, null, "DUIS", "1.4.2", "not offered"),
                    new Variation("V3", "s1hub", VariationKind.ADDED, null, "SEC", "F2.10A", null)),
            List.of());

    private final DerivedApplicability derived = new DerivedApplicability(MODEL);

    @Test
    void anElementThatRequiresWhatSmets1LacksAppliesToSmets2plusWhateverItDeclares() {
        assertThat(derived.of("terminal")).contains(Applicability.SMETS2PLUS);
        assertThat(derived.whyNot("terminal", Applicability.SMETS1))
                .containsExactly("TERMINAL requires SRV", "SRV is not available for SMETS1 (DUIS 1.4.2): not offered");
        assertThat(derived.whyNot("terminal", Applicability.SMETS2PLUS)).isEmpty();
    }

    @Test
    void replacedElementsStillApplyToBothAndAddedOnesToSmets1() {
        assertThat(derived.of("hub")).contains(Applicability.BOTH);
        assertThat(derived.of("s1hub")).contains(Applicability.SMETS1);
        assertThat(derived.of("meter")).contains(Applicability.BOTH);
        assertThat(derived.of("probe")).contains(Applicability.SMETS2PLUS);
    }

    @Test
    void anElementThatRequiresWhatItsOwnGenerationLacksAppliesNowhere() {
        assertThat(derived.of("orphan")).isEmpty();
    }

    @Test
    void aDeclaredSmets2plusElementStillShowsTheClauseThatTakesItOutOfSmets1() {
        AvailabilityItem srv = new AvailabilityAnalysis(MODEL, Applicability.SMETS1).of("srv");

        assertThat(srv.source()).isEqualTo("DUIS 1.4.2");
        assertThat(srv.reasons()).containsExactly("SRV is not available for SMETS1 (DUIS 1.4.2): not offered");
    }

    @Test
    void unionCoversEveryGenerationNamed() {
        assertThat(DerivedApplicability.union(List.of(Applicability.SMETS2PLUS, Applicability.SMETS1))).contains(Applicability.BOTH);
        assertThat(DerivedApplicability.union(List.of(Applicability.SMETS2PLUS, Applicability.SMETS2PLUS))).contains(Applicability.SMETS2PLUS);
        assertThat(DerivedApplicability.union(List.of())).isEmpty();
    }

    @Test
    void aLongChainOfRequirementsIsFollowedToItsEnd() {
        int length = 10_000;
        List<Element> chain = new java.util.ArrayList<>();
        List<Relationship> requires = new java.util.ArrayList<>();
        for (int i = 0; i < length; i++) {
            chain.add(element("e" + i, Applicability.BOTH));
            if (i > 0) {
                requires.add(new Relationship("q" + i, RelationshipType.REQUIRES, "e" + (i - 1), "e" + i, Applicability.BOTH));
            }
        }
        ArchitectureModel model = new ArchitectureModel(chain, requires,
                List.of(new Variation("V", "e" + (length - 1), VariationKind.NOT_APPLICABLE, null, "DUIS", "1.4.2", null)), List.of());

        DerivedApplicability longChain = new DerivedApplicability(model);

        assertThat(longChain.of("e0")).contains(Applicability.SMETS2PLUS);
    }
}
