package org.tadworkbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tad review ...}: the document out to reviewers as Word, and their marked-up copies back in. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Reviewers' Word copies: make the reviewer copy of a version (docx), whose bookmarks place the "
                + "comments and tracked changes of a copy that comes back (import).",
        subcommands = {ReviewDocxCommand.class, ReviewImportCommand.class})
final class ReviewCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required (docx, import)");
    }
}
