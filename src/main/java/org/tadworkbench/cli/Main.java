package org.tadworkbench.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Entry point of the runnable jar. File verbs run as plain Java; only {@code serve} starts Spring.
 * Exit codes: 0 fine, 1 findings or failure, 2 usage.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        CommandLineLogging.warningsToStandardError();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line; output goes to {@code out}, usage and failures to {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new TadCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, arguments) -> {
            PrintWriter usageOut = e.getCommandLine().getErr();
            String unknownVerb = unknownVerb(e);
            if (unknownVerb != null) {
                usageOut.println("tad: unknown verb '" + unknownVerb + "'; '" + e.getCommandLine().getCommandSpec().qualifiedName()
                        + " --help' lists the verbs");
                UnmatchedArgumentException.printSuggestions(e, usageOut);
                return 2;
            }
            usageOut.println("tad: " + e.getMessage());
            UnmatchedArgumentException.printSuggestions(e, usageOut);
            e.getCommandLine().usage(usageOut);
            return 2;
        });
        cli.setExecutionStrategy(Main::refuseUnmatched);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("tad: " + oneLine(e));
            return 1;
        });
        return cli.execute(args);
    }

    /**
     * Picocli skips its check for unmatched arguments when --help or --version was given, so {@code tad nosuchverb
     * --version} printed the version and exited 0. An argument nobody takes is a usage error whatever follows it.
     */
    private static int refuseUnmatched(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (!level.unmatched().isEmpty()) {
                throw new UnmatchedArgumentException(level.commandSpec().commandLine(), level.unmatched());
            }
        }
        return new RunLast().execute(parsed);
    }

    /**
     * The word a user typed where a verb was expected but that names none ({@code tad nosuchverb}); null for any other
     * usage error. Only for commands that take nothing but verbs: after {@code tad model WORKSPACE} an extra word may
     * as well be a second workspace, and the general message says what was unmatched.
     */
    private static String unknownVerb(ParameterException e) {
        CommandLine command = e.getCommandLine();
        if (!(e instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()
                || command.getSubcommands().isEmpty() || !command.getCommandSpec().positionalParameters().isEmpty()) {
            return null;
        }
        String first = unmatched.getUnmatched().get(0);
        return first.startsWith("-") ? null : first;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
