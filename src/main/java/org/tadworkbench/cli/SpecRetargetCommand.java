package org.tadworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tad spec retarget}: PLACEHOLDER, being built. */
@Command(name = "retarget", mixinStandardHelpOptions = true, description = "Being built.")
final class SpecRetargetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("tad spec retarget: not built yet");
        return 1;
    }
}
