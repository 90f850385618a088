package org.tadworkbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tad review ...}: Word copies for reviewers, and their return. */
@Command(name = "review", mixinStandardHelpOptions = true, description = "Word copies for reviewers, and their return.",
        subcommands = ReviewImportCommand.class)
final class ReviewCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required (import)");
    }
}
