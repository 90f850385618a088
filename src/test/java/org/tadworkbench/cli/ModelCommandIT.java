package org.tadworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tadworkbench.TestWorkspaces;
import tools.jackson.databind.json.JsonMapper;

/** {@code tad model} on the reference workspace: what SMETS1 lacks, the figures, and where things are used. */
class ModelCommandIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} in {1}: available={2}")
    @CsvSource({
            "8.13,   smets1,     false", "6.14.1, smets1,     false", "6.14.2, smets1,     false",
            "HHT,    smets1,     false", "HCALCS, smets1,     false", "ESME,   smets1,     true",
            "8.13,   smets2plus, true",  "6.14.1, smets2plus, true",  "6.14.2, smets2plus, true",
            "HHT,    smets2plus, true",  "HCALCS, smets2plus, true"})
    void availabilityIsDerivedFromTheModel(String code, String variant, boolean available) {
        CliRun run = CliRun.of("model", TestWorkspaces.REFERENCE.toString(), "availability", "--variant", variant, "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<?, ?> item = items(run.out()).stream().filter(i -> code.equals(i.get("code"))).findFirst().orElseThrow();
        assertThat(item.get("available")).isEqualTo(available);
        if (!available) {
            assertThat((List<?>) item.get("reasons")).isNotEmpty();
            assertThat(item.get("source")).isEqualTo("DUIS 1.4.2");
        }
    }

    @Test
    void hhtIsUnsupportedForSmets1BecauseItNeedsSrv813() {
        CliRun run = CliRun.of("model", TestWorkspaces.REFERENCE.toString(), "availability", "--variant", "smets1");

        assertThat(run.out()).containsSubsequence("unavailable HHT Hand Held Terminal", "requires 8.13 Return Local Command Response",
                "not available for SMETS1 (DUIS 1.4.2)");
    }

    @Test
    void rendersEveryViewInThreeVariantsStampedWithTheModelVersion() throws IOException {
        CliRun run = CliRun.of("model", TestWorkspaces.REFERENCE.toString(), "render", "--out", tmp.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> svgs = files(tmp);
        for (String view : List.of("conceptual-model", "business-functions", "business-interactions", "application-model",
                "integration-model", "smhan-permitted-joins")) {
            assertThat(svgs).contains(view + ".smets2plus.svg", view + ".smets1.svg", view + ".variation.svg");
        }
        String version = run.out().replaceAll("(?s).*model version (\\w+).*", "$1");
        String smets1 = svgText(tmp.resolve("application-model.smets1.svg"));
        String smets2plus = svgText(tmp.resolve("application-model.smets2plus.svg"));
        String variation = svgText(tmp.resolve("application-model.variation.svg"));
        assertThat(Files.readString(tmp.resolve("application-model.smets1.svg"))).startsWith("<svg");
        assertThat(smets1).contains("SMETS1 Service Provider", "Dual Control Organisation", version).doesNotContain("Parse");
        assertThat(smets2plus).doesNotContain("SMETS1 Service Provider").contains("Parse &amp; Correlate");
        assertThat(variation).contains("added for SMETS1", "not in SMETS1", "replaced by for SMETS1");
        assertThat(svgText(tmp.resolve("smhan-permitted-joins.smets1.svg"))).doesNotContain("Hand Held Terminal");
        assertThat(svgText(tmp.resolve("smhan-permitted-joins.smets2plus.svg"))).contains("Hand Held Terminal");
    }

    @Test
    void whereUsedFindsSectionsViewsAndImpactRows() {
        CliRun run = CliRun.of("model", TestWorkspaces.REFERENCE.toString(), "where-used", "hht", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"4.2.1.7\"", "\"smhan-permitted-joins\"", "smets1-services/A20");
    }

    @Test
    void showDescribesAnElementWithItsVariation() {
        CliRun run = CliRun.of("model", TestWorkspaces.REFERENCE.toString(), "show", "gpf");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("type: device", "Gas Proxy Function", "not-applicable (DUIS");
        assertThat(CliRun.of("model", TestWorkspaces.REFERENCE.toString(), "show", "no-such-thing").exitCode()).isEqualTo(1);
    }

    @Test
    void modelMistakesAreLintErrors() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Files.writeString(ws.resolve("model/variations.yaml"), Files.readString(ws.resolve("model/variations.yaml"))
                + "  - id: V99\n    target: no-such-element\n    kind: not-applicable\n    document: DUIS\n    clause: \"1.4\"\n");
        Files.writeString(ws.resolve("model/relationships.yaml"), Files.readString(ws.resolve("model/relationships.yaml"))
                + "  - id: loop-1\n    type: requires\n    from: hht\n    to: hcalcs\n    applicability: both\n"
                + "  - id: loop-2\n    type: requires\n    from: hcalcs\n    to: hht\n    applicability: both\n");
        Path section = ws.resolve("sections/4.2-application-model.md");
        Files.writeString(section, Files.readString(section) + "\n![](view:no-such-view)\n");

        CliRun run = CliRun.of("lint", ws.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("variation V99 varies 'no-such-element', which is neither an element nor a relationship")
                .containsPattern("closes a cycle of requires relationships")
                .contains("figure embeds view no-such-view, which the model does not declare")
                .contains("has no caption");
    }

    @Test
    void badVariantIsAUsageError() {
        assertThat(CliRun.of("model", TestWorkspaces.REFERENCE.toString(), "availability", "--variant", "smets3").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("model", TestWorkspaces.REFERENCE.toString()).exitCode()).isEqualTo(2);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> items(String json) {
        Map<?, ?> report = JSON.readValue(json, Map.class);
        return Stream.of("serviceRequests", "devices").flatMap(key -> ((List<Map<?, ?>>) report.get(key)).stream()).toList();
    }

    /** The words a person sees in an SVG: PlantUML writes each word in a text element of its own. */
    private static String svgText(Path svg) throws IOException {
        return Files.readString(svg).replaceAll("<\\?plantuml-src[^>]*>", "").replaceAll("<[^>]+>", "").replace('\u00a0', ' ');
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
