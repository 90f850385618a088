package org.tadworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A verb the workbench does not have is a usage error (exit 2) that names it and points to --help, whatever follows
 * it: --help or --version after an unknown verb must not print usage or the version and exit 0, as if it had worked.
 */
class UsageErrorTests {

    @ParameterizedTest(name = "tad nosuchverb {0}")
    @ValueSource(strings = {"", "--version 1", "--version", "-V", "--help", "-h", "lint workspaces/sec-tad", "version"})
    void anUnknownVerbIsAUsageErrorWhateverFollows(String rest) {
        String line = ("nosuchverb " + rest).trim();

        CliRun run = CliRun.of(line.split(" "));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("tad: unknown verb 'nosuchverb'; 'tad --help' lists the verbs\n")
                .doesNotContain("TAD Workbench ");
    }

    @Test
    void aMisspeltVerbIsAnsweredWithTheVerbMeant() {
        CliRun run = CliRun.of("serv", "--port", "8081");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("tad: unknown verb 'serv'").contains("Did you mean: tad serve");
    }

    @Test
    void anUnknownSubVerbNamesItsVerbsHelp() {
        CliRun run = CliRun.of("users", "nosuch", "--help");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("tad: unknown verb 'nosuch'; 'tad users --help' lists the verbs\n");
    }

    @Test
    void anExtraWordAfterAVerbsArgumentsIsAUsageErrorEvenWithHelp() {
        CliRun run = CliRun.of("lint", "workspaces/sec-tad", "stray", "--help");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains("'stray'").contains("Usage: tad lint");
    }

    @ParameterizedTest(name = "tad {0}")
    @ValueSource(strings = {"--version", "-V"})
    void theVersionOptionStillPrintsTheVersion(String option) {
        CliRun run = CliRun.of(option);

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).startsWith("TAD Workbench ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theVersionVerbStillPrintsTheVersionAndItsJava() {
        CliRun run = CliRun.of("version");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).startsWith("TAD Workbench ").contains("(Java " + Runtime.version() + ")");
    }

    @Test
    void noVerbAtAllIsAUsageErrorThatShowsTheVerbs() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("a verb is required").contains("Usage: tad");
    }
}
