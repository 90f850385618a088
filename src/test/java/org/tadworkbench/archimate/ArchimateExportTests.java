package org.tadworkbench.archimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tadworkbench.model.ArchitectureModel;

/**
 * What we export keeps the exchange format's rules ({@link ExchangeStructure}, which needs no schema files), and the
 * same model always gives the same bytes. {@link ExchangeSchemaTests} adds the Open Group's own schemas where they
 * are at hand.
 */
class ArchimateExportTests {

    static final Path ARCHI_FIXTURE = Path.of("src/test/resources/archimate/archi-smart-metering.xml");

    private final ArchimateExporter exporter = new ArchimateExporter();

    /**
     * A mistake an exporter could make, made to a file that was right: {@code problem} is what the structure check
     * must say, {@code schemaCatches} whether the exchange schema refuses it too (some, such as a connection drawn
     * to the wrong node of its view, are beyond what a schema can see).
     */
    record Mistake(String name, UnaryOperator<String> make, String problem, boolean schemaCatches) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Mistake> mistakes() {
        return List.of(
                new Mistake("an unknown element type", xml -> xml.replace("xsi:type=\"BusinessRole\"", "xsi:type=\"BusinessGizmo\""),
                        "has type 'BusinessGizmo', which is no element type", true),
                new Mistake("ValueStream, which the 3.0 schema lacks", xml -> xml.replace("xsi:type=\"BusinessRole\"", "xsi:type=\"ValueStream\""),
                        "has type 'ValueStream', which is no element type", true),
                new Mistake("an unknown relationship type", xml -> xml.replace("xsi:type=\"Serving\"", "xsi:type=\"UsedBy\""),
                        "has type 'UsedBy', which is no relationship type", true),
                new Mistake("a node of an element that is not there", xml -> xml.replace("elementRef=\"id-dsp\"", "elementRef=\"id-nowhere\""),
                        "has elementRef 'id-nowhere', which is not defined in the file", true),
                new Mistake("a relationship from nowhere", xml -> xml.replace("source=\"id-supplier\"", "source=\"id-nowhere\""),
                        "has source 'id-nowhere', which is not defined in the file", true),
                new Mistake("a node of a relationship", xml -> xml.replace("elementRef=\"id-zigbee\"", "elementRef=\"id-r__hosts_rel\""),
                        "has elementRef 'id-r__hosts_rel', which is a <relationship>", true),
                new Mistake("a property of no definition", xml -> xml.replace("propertyDefinitionRef=\"propid-code\"", "propertyDefinitionRef=\"propid-nothing\""),
                        "has propertyDefinitionRef 'propid-nothing', which is not defined in the file", true),
                new Mistake("one identifier for two things", xml -> xml.replace("identifier=\"id-csp\"", "identifier=\"id-dcc\""),
                        "identifier 'id-dcc' is used by a <element> and a <element>", true),
                new Mistake("an identifier that is no XML name", xml -> xml.replace("\"id-dcc\"", "\"1 dcc\""),
                        "identifier '1 dcc' is not an XML name", true),
                new Mistake("the model's name after its elements", xml -> xml.replaceFirst("  <name xml:lang=\"en\">TAD</name>\n", "")
                        .replace("</elements>", "</elements><name>TAD</name>"), "<model> has <name> after <elements>", true),
                new Mistake("another namespace", xml -> xml.replace(ExchangeStructure.NAMESPACE, "http://www.opengroup.org/xsd/archimate/2.1/"),
                        "expected <model> in " + ExchangeStructure.NAMESPACE, true),
                new Mistake("a connection drawn to the wrong node", xml -> xml.replace("target=\"id-shared_view_n_zigbee\"", "target=\"id-shared_view_n_server\""),
                        "with its target at 'id-server', but the relationship's target is 'id-zigbee'", false),
                new Mistake("a connection to a node of another view", xml -> xml.replace("target=\"id-shared_view_n_zigbee\"", "target=\"id-tariffs_view_n_dsp\""),
                        "which is no node or connection of view 'id-shared_view'", true),
                new Mistake("malformed XML", xml -> xml.replace("</elements>", "</element>"), "not well-formed XML", true));
    }

    static String everyTypeExported() {
        return new ArchimateExporter().export(TestModels.everyType(), "sec-tad", "TAD");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 42})
    void aGeneratedModelKeepsTheExchangeRules(long seed) {
        String xml = exporter.export(TestModels.generated(seed), "generated-" + seed, "Generated model");

        assertThat(ExchangeStructure.problems(xml)).isEmpty();
    }

    @Test
    void everyElementAndRelationshipTypeIsWrittenAsAnExchangeType() {
        String xml = exporter.export(TestModels.everyType(), "sec tad/v3", "TAD & friends");

        assertThat(ExchangeStructure.problems(xml)).isEmpty();
        assertThat(xml).contains("xsi:type=\"BusinessActor\"", "xsi:type=\"BusinessRole\"", "xsi:type=\"BusinessFunction\"",
                "xsi:type=\"ApplicationComponent\"", "xsi:type=\"Device\"", "xsi:type=\"CommunicationNetwork\"",
                "xsi:type=\"ApplicationInterface\"", "xsi:type=\"SystemSoftware\"", "xsi:type=\"DataObject\"",
                "xsi:type=\"ApplicationService\"", "xsi:type=\"Grouping\"", "xsi:type=\"Location\"",
                "xsi:type=\"Capability\"", "xsi:type=\"AndJunction\"", "xsi:type=\"Node\"",
                "xsi:type=\"Serving\"", "xsi:type=\"Aggregation\"", "xsi:type=\"Assignment\"", "xsi:type=\"Realization\"",
                "xsi:type=\"Flow\"", "xsi:type=\"Association\"", "xsi:type=\"Access\"");
        // ValueStream is ArchiMate 3.1 but not in the 3.0 exchange schema: such an element falls back to a Grouping.
        assertThat(xml).doesNotContain("ValueStream\"").contains("identifier=\"id-stream\" xsi:type=\"Grouping\"");
    }

    @Test
    void theModelIsInTheExchangeNamespaceWithTheSchemaItKeeps() {
        String xml = everyTypeExported();

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<model xmlns=\"" + ExchangeStructure.NAMESPACE + "\"")
                .contains("xsi:schemaLocation=\"" + ExchangeStructure.NAMESPACE
                        + " http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd\"");
    }

    @Test
    void identifiersAreXmlNamesThatKeepKindsApart() {
        String xml = everyTypeExported();

        // Element, relationship and view "shared" must not collide: identifiers are unique across the file.
        assertThat(xml).contains("identifier=\"id-shared\"", "identifier=\"id-shared_rel\"", "identifier=\"id-shared_view\"",
                "identifier=\"id-srv_20_1.1.1\"", "identifier=\"id-import__supplier\"", "identifier=\"id-ch_2F_gsme\"",
                "identifier=\"id-z_E4_hler\"");
        assertThat(ExchangeStructure.problems(xml)).isEmpty();
    }

    @Test
    void partOfIsDrawnFromTheWholeToThePart() {
        String xml = everyTypeExported();

        assertThat(xml).contains("<relationship identifier=\"id-r_2F_part_rel\" source=\"id-dcc\" target=\"id-dsp\" xsi:type=\"Aggregation\">");
    }

    @Test
    void theSameModelGivesTheSameBytes() {
        ArchitectureModel model = TestModels.generated(7);

        assertThat(exporter.export(model, "g", "G")).isEqualTo(exporter.export(TestModels.generated(7), "g", "G"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void theStructureCheckDoesCatchMistakes(Mistake mistake) {
        // A control for the tests above: an empty problem list must mean "kept the rules", not "never checked".
        String xml = everyTypeExported();
        String broken = mistake.make().apply(xml);

        assertThat(broken).isNotEqualTo(xml);
        assertThat(ExchangeStructure.problems(broken)).anySatisfy(problem -> assertThat(problem).contains(mistake.problem()));
    }

    @Test
    void theArchiStyleFixtureKeepsTheRulesToo() throws IOException {
        // The structure check is no stricter than the tools: a file written the way Archi writes one passes it.
        String fixture = Files.readString(ARCHI_FIXTURE, StandardCharsets.UTF_8);

        assertThat(ExchangeStructure.problems(fixture)).isEmpty();
    }
}
