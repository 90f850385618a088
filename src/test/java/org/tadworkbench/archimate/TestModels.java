package org.tadworkbench.archimate;

import java.util.List;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.generate.GeneratorSize;
import org.tadworkbench.generate.WorkspaceGenerator;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.ElementType;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.RelationshipType;
import org.tadworkbench.model.Variation;
import org.tadworkbench.model.VariationKind;
import org.tadworkbench.model.View;

/** Models for the exchange tests: a generated one, and a small one that exercises every type and awkward text. */
final class TestModels {

    private TestModels() {
    }

    static ArchitectureModel generated(long seed) {
        return new WorkspaceGenerator().generate(new GeneratorSize(10, 120, 300, 300, seed)).model();
    }

    /**
     * Every element and relationship type, ids that are no XML names (spaces, underscores, slashes, umlauts, ids
     * an element, a relationship and a view share), text that needs escaping, SMETS1 variations, and views that
     * select by type, by list, by nothing, and one that selects nothing at all.
     */
    static ArchitectureModel everyType() {
        List<Element> elements = List.of(
                element("dcc", ElementType.DOMAIN, "DCC Systems", null, Applicability.BOTH, null, null),
                element("supplier", ElementType.PARTY, "Energy Supplier", "ES", Applicability.BOTH,
                        "Supplies <gas> & \"electricity\";\nsecond line\twith a tab", null),
                element("csp", ElementType.PARTY, "Communications Service Provider", "CSP", Applicability.BOTH, null, null),
                element("s1 csp", ElementType.APPLICATION_COMPONENT, "SMETS1 Service Provider", "S1SP", Applicability.SMETS1, null, null),
                element("import_supplier", ElementType.ROLE, "Import Supplier", null, Applicability.BOTH, null, null),
                element("M05", ElementType.BUSINESS_FUNCTION, "Manage tariffs", "M05", Applicability.SMETS2PLUS, null, null),
                element("dsp", ElementType.APPLICATION_COMPONENT, "Data Service Provider", "DSP", Applicability.BOTH, null, null),
                element("ch/gsme", ElementType.DEVICE, "Communications Hub", "CH", Applicability.BOTH, null, null),
                element("server", ElementType.DEVICE, "Head-end server", null, Applicability.BOTH, null, "Node"),
                element("han", ElementType.NETWORK, "Home Area Network", "HAN", Applicability.BOTH, null, null),
                element("duis", ElementType.INTERFACE, "DCC User Interface", "DUIS", Applicability.BOTH, null, null),
                element("zigbee", ElementType.PROTOCOL, "ZigBee Smart Energy", null, Applicability.SMETS2PLUS, null, null),
                element("tariff", ElementType.DATA_ENTITY, "Tariff", null, Applicability.BOTH, null, null),
                element("srv 1.1.1", ElementType.SERVICE_REQUEST, "Update Import Tariff", "1.1.1", Applicability.BOTH, null, null),
                element("shared", ElementType.SERVICE_REQUEST, "Read Inventory", "8.2", Applicability.BOTH, null, null),
                element("premises", ElementType.DOMAIN, "Consumer Premises", null, Applicability.BOTH, null, "Location"),
                element("capability", ElementType.OTHER, "Remote tariff management", null, Applicability.BOTH, null, "Capability"),
                element("stream", ElementType.OTHER, "Tariff value stream", null, Applicability.BOTH, null, "ValueStream"),
                element("mystery", ElementType.OTHER, "Unclassified", null, Applicability.BOTH, null, null),
                element("junction", ElementType.OTHER, "And junction", null, Applicability.BOTH, null, "AndJunction"),
                element("zähler", ElementType.DEVICE, "Gaszähler", "GSME", Applicability.SMETS2PLUS, "Ü & ß", null));
        List<Relationship> relationships = List.of(
                relationship("shared", RelationshipType.USES, "supplier", "duis", Applicability.BOTH),
                relationship("r sends", RelationshipType.SENDS_TO, "dsp", "ch/gsme", Applicability.BOTH),
                relationship("r_hosts", RelationshipType.HOSTS, "ch/gsme", "zigbee", Applicability.SMETS2PLUS),
                relationship("r-realises", RelationshipType.REALISES, "dsp", "srv 1.1.1", Applicability.BOTH),
                relationship("r.joins", RelationshipType.JOINS, "zähler", "han", Applicability.SMETS2PLUS),
                relationship("r:owned", RelationshipType.OWNED_BY, "ch/gsme", "csp", Applicability.BOTH),
                relationship("r/part", RelationshipType.PART_OF, "dsp", "dcc", Applicability.BOTH),
                relationship("r part 2", RelationshipType.PART_OF, "ch/gsme", "premises", Applicability.BOTH),
                relationship("r serves", RelationshipType.SERVES, "srv 1.1.1", "import_supplier", Applicability.BOTH),
                relationship("r requires", RelationshipType.REQUIRES, "srv 1.1.1", "zigbee", Applicability.SMETS2PLUS),
                relationship("r accesses", RelationshipType.ACCESSES, "dsp", "tariff", Applicability.BOTH),
                relationship("r s1", RelationshipType.SENDS_TO, "s1 csp", "ch/gsme", Applicability.SMETS1),
                relationship("r csp", RelationshipType.SERVES, "csp", "supplier", Applicability.BOTH),
                relationship("r flow via junction", RelationshipType.SENDS_TO, "junction", "server", Applicability.BOTH));
        List<Variation> variations = List.of(
                new Variation("v1", "csp", VariationKind.REPLACED_BY, "s1 csp", "DUIS", "1.4", "SMETS1 uses its own provider"),
                new Variation("v2", "shared", VariationKind.NOT_APPLICABLE, null, "DUIS", "3.2", null));
        List<View> views = List.of(
                new View("shared", "Devices & protocols", "4.2", List.of(ElementType.DEVICE, ElementType.PROTOCOL),
                        List.of(), List.of(), "Where the <hub> sits"),
                new View("parties", "Parties", null, List.of(ElementType.PARTY), List.of(RelationshipType.SERVES),
                        List.of(), null),
                new View("tariffs", "Tariff update", "5.1", List.of(),
                        List.of(RelationshipType.SENDS_TO, RelationshipType.REALISES, RelationshipType.ACCESSES),
                        List.of("dsp", "srv 1.1.1", "tariff", "ch/gsme", "s1 csp"), null),
                new View("everything", "Everything", null, List.of(), List.of(), List.of(), null),
                new View("nothing", "Selects nothing", null, List.of(ElementType.INTERFACE), List.of(), List.of("supplier"), null));
        return new ArchitectureModel(elements, relationships, variations, views);
    }

    private static Element element(String id, ElementType type, String name, String code, Applicability applicability,
                                   String description, String archimateType) {
        return new Element(id, type, name, code, applicability, description, archimateType);
    }

    private static Relationship relationship(String id, RelationshipType type, String from, String to, Applicability applicability) {
        return new Relationship(id, type, from, to, applicability);
    }
}
