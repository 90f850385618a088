package org.tadworkbench.archimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.ElementType;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.RelationshipType;
import org.tadworkbench.model.View;

/** A file in the style Archi writes (see the fixture's header) imports, with Archi's ids kept minus "id-". */
class ArchiFileImportTests {

    static final Path FIXTURE = Path.of("src/test/resources/archimate/archi-smart-metering.xml");

    private static ImportedModel imported;
    private static Map<String, Element> byName;

    @BeforeAll
    static void importFixture() throws ArchimateImportException {
        imported = new ArchimateImporter().read(FIXTURE);
        byName = imported.model().elements().stream().collect(Collectors.toMap(Element::name, Function.identity()));
    }

    @Test
    void readsTheModelNameAndEveryElement() {
        assertThat(imported.name()).isEqualTo("Smart Metering (Archi sketch)");
        assertThat(imported.identifier()).isEqualTo("id-5c2e4d8a0f7b4a39b1d6e2f3a4b5c6d7");
        assertThat(imported.model().elements()).hasSize(13);
    }

    @Test
    void mapsArchimateTypesToOurs() {
        assertThat(byName.get("Energy Supplier").type()).isEqualTo(ElementType.PARTY);
        assertThat(byName.get("Import Supplier").type()).isEqualTo(ElementType.ROLE);
        assertThat(byName.get("Data Service Provider").type()).isEqualTo(ElementType.APPLICATION_COMPONENT);
        assertThat(byName.get("Update Import Tariff").type()).isEqualTo(ElementType.SERVICE_REQUEST);
        assertThat(byName.get("Electricity Smart Meter").type()).isEqualTo(ElementType.DEVICE);
        assertThat(byName.get("Home Area Network").type()).isEqualTo(ElementType.NETWORK);
        assertThat(byName.get("ZigBee Smart Energy").type()).isEqualTo(ElementType.PROTOCOL);
        assertThat(byName.get("Tariff").type()).isEqualTo(ElementType.DATA_ENTITY);
        assertThat(byName.get("DCC Systems")).extracting(Element::type, Element::archimateType).containsExactly(ElementType.DOMAIN, null);
        assertThat(byName.get("Consumer Premises")).extracting(Element::type, Element::archimateType)
                .containsExactly(ElementType.DOMAIN, "Location");
    }

    @Test
    void keepsATypeWeDoNotModelAsOther() {
        Element capability = byName.get("Remote Tariff Management");

        assertThat(capability.type()).isEqualTo(ElementType.OTHER);
        assertThat(capability.archimateType()).isEqualTo("Capability");
        assertThat(capability.id()).isEqualTo("2f1a7e4b3c5d4e6f9012345678901234");
    }

    @Test
    void aNamelessJunctionIsCalledByItsType() {
        assertThat(byName.get("And junction")).extracting(Element::type, Element::archimateType)
                .containsExactly(ElementType.OTHER, "AndJunction");
    }

    @Test
    void readsPropertiesByDefinitionNameAndPrefersEnglishNames() {
        Element supplier = byName.get("Energy Supplier");
        Element dsp = byName.get("Data Service Provider");

        assertThat(supplier.code()).isEqualTo("ES");
        assertThat(supplier.applicability()).isEqualTo(Applicability.BOTH);
        assertThat(supplier.description()).isEqualTo("Supplies gas or electricity to a consumer\nand is a DCC User.");
        assertThat(dsp.code()).isEqualTo("DSP");
        assertThat(dsp.applicability()).isEqualTo(Applicability.SMETS2PLUS);
        assertThat(byName).containsKey("Communications Hub").doesNotContainKey("Kommunikationsmodul");
    }

    @Test
    void readsRelationshipsWithPartOfTurnedToPointAtTheWhole() {
        Map<String, Relationship> byId = imported.model().relationships().stream()
                .collect(Collectors.toMap(Relationship::id, Function.identity()));

        assertThat(byId.get("d4e5f6a7b8c94d0e1f2a3b4c5d6e7f80")).isEqualTo(new Relationship("d4e5f6a7b8c94d0e1f2a3b4c5d6e7f80",
                RelationshipType.PART_OF, id("Data Service Provider"), id("DCC Systems"), Applicability.BOTH));
        assertThat(byId.get("a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5d").type()).isEqualTo(RelationshipType.HOSTS);
        assertThat(byId.get("b8c9d0e1f2a34b4c5d6e7f8091021324")).extracting(Relationship::type, Relationship::from)
                .containsExactly(RelationshipType.SENDS_TO, id("And junction"));
        assertThat(byId.get("e1f2a3b4c5d64e7f8091021324354657").type()).as("tadType property wins").isEqualTo(RelationshipType.JOINS);
        assertThat(byId.get("f2a3b4c5d6e74f809102132435465768").type()).isEqualTo(RelationshipType.ACCESSES);
    }

    @Test
    void leavesOutARelationshipToARelationshipWithAWarning() {
        assertThat(imported.model().relationships()).hasSize(13)
                .extracting(Relationship::id).doesNotContain("b4c5d6e7f8a94b0213243546576879801");
        assertThat(imported.warnings()).singleElement().asString()
                .contains("id-b4c5d6e7f8a94b0213243546576879801", "connects to relationship");
    }

    @Test
    void viewsListTheirElementsNestedNodesIncluded() {
        View tariff = imported.model().views().get(0);

        assertThat(tariff.id()).isEqualTo("6e7f8a9b0c1d4e2f3a4b5c6d7e8f9a0b");
        assertThat(tariff.title()).isEqualTo("Tariff update end to end");
        assertThat(tariff.description()).isEqualTo("From the supplier to the meters in the premises.");
        assertThat(tariff.elementTypes()).isEmpty();
        assertThat(tariff.elements()).containsExactly(id("Energy Supplier"), id("Import Supplier"), id("DCC Systems"),
                id("Data Service Provider"), id("Update Import Tariff"), id("And junction"), id("Consumer Premises"),
                id("Communications Hub"), id("Electricity Smart Meter"));
        assertThat(imported.model().views().get(1).elements()).hasSize(4);
    }

    private static String id(String name) {
        return byName.get(name).id();
    }
}
