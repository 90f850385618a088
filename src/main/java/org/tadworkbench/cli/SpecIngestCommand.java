package org.tadworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tad spec ingest}: PLACEHOLDER, being built. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Being built.")
final class SpecIngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("tad spec ingest: not built yet");
        return 1;
    }
}
