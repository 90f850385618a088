package org.tadworkbench.archimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tadworkbench.model.ArchitectureModel;

/** What we export is what the Open Group schemas accept, and the same model always gives the same bytes. */
class ArchimateExportTests {

    private final ArchimateExporter exporter = new ArchimateExporter();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 42})
    void generatedModelValidatesAgainstTheExchangeSchema(long seed) throws IOException {
        String xml = exporter.export(TestModels.generated(seed), "generated-" + seed, "Generated model");

        assertThat(ExchangeSchema.validate(xml)).isEmpty();
    }

    @Test
    void everyElementAndRelationshipTypeValidates() throws IOException {
        String xml = exporter.export(TestModels.everyType(), "sec tad/v3", "TAD & friends");

        assertThat(ExchangeSchema.validate(xml)).isEmpty();
        assertThat(xml).contains("xsi:type=\"BusinessActor\"", "xsi:type=\"BusinessRole\"", "xsi:type=\"BusinessFunction\"",
                "xsi:type=\"ApplicationComponent\"", "xsi:type=\"Device\"", "xsi:type=\"CommunicationNetwork\"",
                "xsi:type=\"ApplicationInterface\"", "xsi:type=\"SystemSoftware\"", "xsi:type=\"DataObject\"",
                "xsi:type=\"ApplicationService\"", "xsi:type=\"Grouping\"", "xsi:type=\"Location\"",
                "xsi:type=\"Capability\"", "xsi:type=\"AndJunction\"", "xsi:type=\"Node\"",
                "xsi:type=\"Serving\"", "xsi:type=\"Aggregation\"", "xsi:type=\"Assignment\"", "xsi:type=\"Realization\"",
                "xsi:type=\"Flow\"", "xsi:type=\"Association\"", "xsi:type=\"Access\"");
    }

    @Test
    void identifiersAreXmlNamesThatKeepKindsApart() {
        String xml = exporter.export(TestModels.everyType(), "sec-tad", "TAD");

        // Element, relationship and view "shared" must not collide: identifiers are unique across the file.
        assertThat(xml).contains("identifier=\"id-shared\"", "identifier=\"id-shared_rel\"", "identifier=\"id-shared_view\"",
                "identifier=\"id-srv_20_1.1.1\"", "identifier=\"id-import__supplier\"", "identifier=\"id-ch_2F_gsme\"",
                "identifier=\"id-z_E4_hler\"");
    }

    @Test
    void partOfIsDrawnFromTheWholeToThePart() {
        String xml = exporter.export(TestModels.everyType(), "sec-tad", "TAD");

        assertThat(xml).contains("<relationship identifier=\"id-r_2F_part_rel\" source=\"id-dcc\" target=\"id-dsp\" xsi:type=\"Aggregation\">");
    }

    @Test
    void theSameModelGivesTheSameBytes() {
        ArchitectureModel model = TestModels.generated(7);

        assertThat(exporter.export(model, "g", "G")).isEqualTo(exporter.export(TestModels.generated(7), "g", "G"));
    }

    @Test
    void theSchemaCheckDoesCatchMistakes() throws IOException {
        // A control for the tests above: an empty error list must mean "valid", not "never checked".
        String xml = exporter.export(TestModels.everyType(), "sec-tad", "TAD");

        assertThat(ExchangeSchema.validate(xml.replace("xsi:type=\"BusinessRole\"", "xsi:type=\"BusinessGizmo\"")))
                .isNotEmpty();
        assertThat(ExchangeSchema.validate(xml.replace("elementRef=\"id-dsp\"", "elementRef=\"id-nowhere\""))).isNotEmpty();
    }

    @Test
    void theArchiStyleFixtureIsItselfValid() throws IOException {
        // Guards the fixture: a test of importing "what Archi writes" means little if Archi could not have written it.
        String fixture = Files.readString(Path.of("src/test/resources/archimate/archi-smart-metering.xml"), StandardCharsets.UTF_8);

        assertThat(ExchangeSchema.validate(fixture)).isEmpty();
    }
}
