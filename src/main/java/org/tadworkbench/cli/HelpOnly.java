package org.tadworkbench.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h/--help} alone, for verbs that take a document or specification {@code --version} of their own:
 * picocli's standard help options would add the workbench's {@code --version} and clash with it.
 */
final class HelpOnly {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
}
