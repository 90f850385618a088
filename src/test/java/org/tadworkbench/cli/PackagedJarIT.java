package org.tadworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The runnable jar that {@code ./tad} launches: its file verbs work without starting Spring. */
class PackagedJarIT {

    private static final Path JAR = Path.of("target/tad.jar");

    @Test
    void lintsTheReferenceWorkspaceFromTheJar() throws Exception {
        Result result = run("lint", "workspaces/sec-tad");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("0 error(s)").doesNotContain("Spring");
    }

    @Test
    void unknownVerbIsAUsageError() throws Exception {
        for (String[] args : new String[][] {{"frobnicate"}, {"frobnicate", "--version", "1"}, {"frobnicate", "--help"}}) {
            Result result = run(args);

            assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
            assertThat(result.output()).contains("unknown verb 'frobnicate'", "tad --help").doesNotContain("TAD Workbench ");
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
