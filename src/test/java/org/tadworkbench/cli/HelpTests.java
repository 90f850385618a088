package org.tadworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every verb and sub-verb answers --help with its usage and exit code 0, whatever options it declares. Sub-verbs of a
 * verb that takes the workspace first ({@code tad model WORKSPACE render}) are asked as a user types them.
 */
class HelpTests {

    static Stream<List<String>> verbs() {
        List<List<String>> paths = new ArrayList<>();
        collect(new CommandLine(new TadCommand()), new ArrayList<>(), paths);
        return paths.stream();
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        List<String> prefix = new ArrayList<>(path);
        command.getCommandSpec().positionalParameters().forEach(p -> prefix.add("some-" + p.paramLabel().toLowerCase()));
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals(sub.getCommandName())) {
                return; // an alias of a verb already listed
            }
            List<String> here = new ArrayList<>(path.isEmpty() ? path : prefix);
            here.add(name);
            paths.add(here);
            collect(sub, here, paths);
        });
    }

    @ParameterizedTest
    @MethodSource("verbs")
    void everyVerbPrintsItsUsageOnHelp(List<String> verb) {
        List<String> args = new ArrayList<>(verb);
        args.add("--help");
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.all()).isZero();
        assertThat(run.out()).startsWith("Usage: tad ").contains(verb.get(verb.size() - 1));
    }
}
