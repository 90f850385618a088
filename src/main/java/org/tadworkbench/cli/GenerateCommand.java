package org.tadworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tadworkbench.generate.GeneratorSize;
import org.tadworkbench.generate.WorkspaceGenerator;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tad generate}: writes a valid synthetic workspace of a chosen size, the input of every benchmark. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a valid synthetic workspace of the given size; the same seed gives the same files.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sections", required = true, description = "Number of sections (at least 1).")
    int sections;

    @Option(names = "--elements", defaultValue = "0", description = "Number of model elements.")
    int elements;

    @Option(names = "--relationships", description = "Number of model relationships (default: 3 per element).")
    Integer relationships;

    @Option(names = "--links", defaultValue = "0", description = "Number of trace links from sections and elements to specification clauses.")
    int links;

    @Option(names = "--tasks", defaultValue = "0", description = "Tasks in the plan's work breakdown (phases, work packages,"
            + " tasks, milestone tasks; default: the one-activity plan).")
    int tasks;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write; must not exist yet.")
    Path out;

    @Override
    public Integer call() throws IOException {
        GeneratorSize size;
        try {
            size = new GeneratorSize(sections, elements, relationships == null ? 3 * elements : relationships, links, seed,
                    tasks);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (Files.exists(out)) {
            spec.commandLine().getErr().println("tad: " + out + " already exists; choose a new folder");
            return 1;
        }
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        err.println("generating " + sections + " sections, " + elements + " elements, " + size.relationships()
                + " relationships, " + links + " trace links (seed " + seed + ")...");
        Workspace workspace = new WorkspaceGenerator().generate(size);
        err.println("writing files to " + out + "...");
        int files = new WorkspaceWriter().write(workspace, out);
        spec.commandLine().getOut().printf("wrote %d files to %s in %.1f s%n", files, out, (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
