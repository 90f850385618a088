package org.tadworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.SpecVersions;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code tad spec retarget} on the reference workspace with DUIS 3.0d3 and 3.1 ingested: traces to clauses whose words
 * 3.1 keeps move to 3.1; those to the reworded 1.4.2 stay. A dry run unless --apply.
 */
class SpecRetargetCommandTests {

    @TempDir
    Path tmp;

    private Path workspace() throws IOException {
        return SpecVersions.referenceWith(tmp, SpecVersions.baseline(), SpecVersions.revision());
    }

    @Test
    void aDryRunSaysWhatWouldMoveAndWritesNothing() throws IOException {
        Path ws = workspace();
        String before = Files.readString(ws.resolve("traces.yaml"));

        CliRun run = CliRun.of("spec", "retarget", ws.toString(), "DUIS:3.0d3", "DUIS:3.1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("DUIS 3.0d3 → 3.1:", "would move", "section 4.2.1.7: DUIS 3.0d3 §1.4.2 (reworded)",
                "dry run: nothing written");
        assertThat(Files.readString(ws.resolve("traces.yaml"))).isEqualTo(before);
    }

    @Test
    void applyMovesTheTracesOfUnchangedClausesAndLeavesTheRewordedOnesAndTheWorkspaceLintsClean() throws IOException {
        Path ws = workspace();
        String impacts = Files.readString(ws.resolve("releases/smets1-services/impacts.yaml"));

        CliRun run = CliRun.of("spec", "retarget", ws.toString(), "DUIS:3.0d3", "DUIS:3.1", "--apply", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<?, ?> report = JsonMapper.builder().build().readValue(run.out(), Map.class);
        assertThat(report.get("written")).isEqualTo(List.of("traces.yaml"));
        assertThat((List<?>) report.get("moves")).isNotEmpty();
        String traces = Files.readString(ws.resolve("traces.yaml"));
        assertThat(traces).contains("version: \"3.1\"\n    clause: \"1.4\"", "version: \"3.0d3\"\n    clause: \"1.4.2\"")
                .doesNotContain("version: \"3.0d3\"\n    clause: \"1.4\"\n");
        assertThat(Files.readString(ws.resolve("releases/smets1-services/impacts.yaml"))).isEqualTo(impacts);
        assertThat(CliRun.of("lint", ws.toString()).exitCode()).isZero();

        CliRun again = CliRun.of("spec", "retarget", ws.toString(), "DUIS:3.0d3", "DUIS:3.1", "--apply");
        assertThat(again.out()).contains(": 0 trace(s) moved", "nothing written");
    }

    @Test
    void badVersionsAreUsageErrorsAndAVersionWithoutTextIsAFailure() throws IOException {
        Path ws = SpecVersions.referenceWith(tmp, SpecVersions.baseline());

        assertThat(CliRun.of("spec", "retarget", ws.toString(), "DUIS", "DUIS:3.1").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("spec", "retarget", ws.toString(), "DUIS:3.0d3", "MMC:3.1").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("spec", "retarget", ws.toString(), "DUIS:3.0d3", "DUIS:3.0d3").exitCode()).isEqualTo(2);
        CliRun missing = CliRun.of("spec", "retarget", ws.toString(), "DUIS:3.0d3", "DUIS:3.1");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("DUIS:3.1 has not been ingested", "tad spec ingest");
    }
}
