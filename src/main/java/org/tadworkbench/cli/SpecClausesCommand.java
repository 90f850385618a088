package org.tadworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tad spec clauses}: PLACEHOLDER, being built. */
@Command(name = "clauses", mixinStandardHelpOptions = true, description = "Being built.")
final class SpecClausesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("tad spec clauses: not built yet");
        return 1;
    }
}
