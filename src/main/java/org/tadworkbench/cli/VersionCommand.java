package org.tadworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tad version}: prints the workbench version and the Java it runs on. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the workbench version.")
final class VersionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println("TAD Workbench " + TadCommand.Version.current()
                + " (Java " + Runtime.version() + ")");
        return 0;
    }
}
