package org.tadworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;
import tools.jackson.databind.json.JsonMapper;

/** {@code tad impact} on the reference workspace: the Appendix A register, computed impact and coverage. */
class ImpactCommandIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    @Test
    void registerListsEveryAppendixARowWithItsStatus() {
        CliRun run = CliRun.of("impact", TestWorkspaces.REFERENCE.toString(), "--release", "smets1-services", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, Object>> rows = maps(JSON.readValue(run.out(), Map.class).get("rows"));
        assertThat(rows).hasSize(56).allSatisfy(row -> assertThat(row.get("status")).isNotNull());
        assertThat(rows).filteredOn(row -> Boolean.TRUE.equals(row.get("noImpact"))).extracting(row -> row.get("document"))
                .containsExactly("SEC-B", "SEC-I", "SEC-M", "SEC-Z", "SEC-AB", "MMC", "SEC-AG", "SSIDS", "SEC-ANNEX-D");
    }

    @Test
    void changedDuisClauseRanksTheThreeSectionsThePidNamedFirstWithReasons() {
        CliRun run = CliRun.of("impact", TestWorkspaces.REFERENCE.toString(), "--changed", "DUIS:1.4.2", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, Object>> candidates = maps(JSON.readValue(run.out(), Map.class).get("candidates"));
        assertThat(candidates.subList(0, 3)).extracting(c -> c.get("section")).containsExactlyInAnyOrder("4.2.1.7", "4.2.1.8", "4.3.4");
        assertThat(candidates.subList(0, 3)).allSatisfy(c -> {
            assertThat(c.get("direct")).isEqualTo(true);
            assertThat(String.valueOf(c.get("reasons"))).contains("DUIS 3.0d3 §1.4.2");
        });
        assertThat(candidates.get(3).get("direct")).isEqualTo(false);
        assertThat((Double) candidates.get(3).get("score")).isLessThan((Double) candidates.get(2).get("score"));
    }

    @Test
    void theModelAloneStillFindsSectionsWhenNoTraceOrAssessmentNamesTheClause() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Files.delete(ws.resolve("traces.yaml"));

        CliRun run = CliRun.of("impact", ws.toString(), "--changed", "S1SR:8.2", "--json");

        List<Map<String, Object>> candidates = maps(JSON.readValue(run.out(), Map.class).get("candidates"));
        assertThat(candidates).extracting(c -> c.get("section")).contains("4.1.3");
    }

    @Test
    void coverageReportsUnrealisedRowsAndReadiness() {
        CliRun run = CliRun.of("impact", TestWorkspaces.REFERENCE.toString(), "--coverage", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<?, ?> report = JSON.readValue(run.out(), Map.class);
        assertThat(report.get("baseline")).isEqualTo("smets1-services");
        assertThat(maps(report.get("unrealisedRows"))).hasSize(44).extracting(r -> r.get("row")).contains("A20").doesNotContain("A41");
        Map<String, Object> readiness = maps(report.get("releases")).get(0);
        assertThat(((Number) readiness.get("estimated")).doubleValue()).isEqualTo(30.0);
        assertThat(((Number) readiness.get("effortLeft")).doubleValue()).isEqualTo(28.75);
    }

    @Test
    void badClauseIsAUsageErrorAndModesAreExclusive() {
        assertThat(CliRun.of("impact", TestWorkspaces.REFERENCE.toString(), "--changed", "DUIS").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("impact", TestWorkspaces.REFERENCE.toString(), "--coverage", "--release", "x").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("impact", TestWorkspaces.REFERENCE.toString(), "--release", "nope").exitCode()).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
