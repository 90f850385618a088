package org.tadworkbench.archimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tadworkbench.SharedFolder;
import org.tadworkbench.archimate.ArchimateExportTests.Mistake;

/**
 * What we export is what the Open Group's exchange schemas accept: the check other tools make on import. The schemas
 * are read from ../shared ({@link SharedFolder}), so on a clone without it these tests are skipped and
 * {@link ArchimateExportTests} checks the same files by the format's rules alone; on CI they must run.
 */
class ExchangeSchemaTests {

    private final ArchimateExporter exporter = new ArchimateExporter();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 42})
    void aGeneratedModelValidatesAgainstTheExchangeSchema(long seed) throws IOException {
        String xml = exporter.export(TestModels.generated(seed), "generated-" + seed, "Generated model");

        assertThat(ExchangeSchema.validate(xml)).isEmpty();
    }

    @Test
    void everyElementAndRelationshipTypeValidates() throws IOException {
        String xml = exporter.export(TestModels.everyType(), "sec tad/v3", "TAD & friends");

        assertThat(ExchangeSchema.validate(xml)).isEmpty();
    }

    static java.util.stream.Stream<Mistake> mistakesTheSchemaSees() {
        return ArchimateExportTests.mistakes().stream().filter(Mistake::schemaCatches);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakesTheSchemaSees")
    void theSchemaCheckDoesCatchMistakes(Mistake mistake) throws IOException {
        // A control for the tests above: an empty error list must mean "valid", not "never checked". The same
        // mistakes as the structure check's control, so the two checks are seen to agree where both can see.
        assertThat(ExchangeSchema.validate(mistake.make().apply(ArchimateExportTests.everyTypeExported()))).isNotEmpty();
    }

    @Test
    void theArchiStyleFixtureIsItselfValid() throws IOException {
        // Guards the fixture: a test of importing "what Archi writes" means little if Archi could not have written it.
        String fixture = Files.readString(ArchimateExportTests.ARCHI_FIXTURE, StandardCharsets.UTF_8);

        assertThat(ExchangeSchema.validate(fixture)).isEmpty();
    }
}
