package org.tadworkbench.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Entry point of the runnable jar. File verbs run as plain Java; only {@code serve} starts Spring.
 * Exit codes: 0 fine, 1 findings or failure, 2 usage.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
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
            usageOut.println("tad: " + e.getMessage());
            UnmatchedArgumentException.printSuggestions(e, usageOut);
            e.getCommandLine().usage(usageOut);
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("tad: " + oneLine(e));
            return 1;
        });
        return cli.execute(args);
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
