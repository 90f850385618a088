package org.tadworkbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tad spec}: specification versions read in from their documents, compared and traced. */
@Command(name = "spec", mixinStandardHelpOptions = true,
        description = "Specification versions: read one in from Word, PDF, HTML, Markdown or text (ingest), list its "
                + "clauses, compare two versions clause by clause (diff) and move traces to renumbered clauses (retarget).",
        subcommands = {SpecIngestCommand.class, SpecClausesCommand.class, SpecDiffCommand.class, SpecRetargetCommand.class})
final class SpecCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
