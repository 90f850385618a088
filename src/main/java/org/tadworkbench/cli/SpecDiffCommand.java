package org.tadworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tad spec diff}: PLACEHOLDER, being built. */
@Command(name = "diff", mixinStandardHelpOptions = true, description = "Being built.")
final class SpecDiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("tad spec diff: not built yet");
        return 1;
    }
}
