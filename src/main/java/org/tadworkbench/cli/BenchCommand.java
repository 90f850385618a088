package org.tadworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.tadworkbench.generate.GeneratorSize;
import org.tadworkbench.generate.WorkspaceGenerator;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.model.DiagramVariant;
import org.tadworkbench.model.View;
import org.tadworkbench.model.ViewRenderer;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tad bench}: measures the heavy work on a generated workspace of a chosen size, in one warm JVM:
 * linting it from files and rendering every view in every variant. Prints each run and the median.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark lint and diagram rendering on a generated workspace (same seed, same work).")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sections", defaultValue = "500", description = "Sections (default: ${DEFAULT-VALUE}).")
    int sections;

    @Option(names = "--elements", defaultValue = "2000", description = "Model elements (default: ${DEFAULT-VALUE}).")
    int elements;

    @Option(names = "--relationships", defaultValue = "6000", description = "Model relationships (default: ${DEFAULT-VALUE}).")
    int relationships;

    @Option(names = "--links", defaultValue = "0", description = "Trace links (default: ${DEFAULT-VALUE}).")
    int links;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", defaultValue = "5", description = "Measured runs after one warm-up (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Workspace workspace = new WorkspaceGenerator().generate(new GeneratorSize(sections, elements, relationships, links, seed));
        Path folder = Files.createTempDirectory("tad-bench");
        try {
            new WorkspaceWriter().write(workspace, folder);
            out.printf("workspace: %d sections, %d elements, %d relationships, %d trace links, %d views (seed %d); %d processors, Java %s%n",
                    sections, elements, relationships, links, workspace.model().views().size(), seed,
                    Runtime.getRuntime().availableProcessors(), Runtime.version());
            measure(out, "lint (read + check)", () -> {
                LintReport report = new WorkspaceLinter().lint(folder);
                return report.findings().size();
            });
            measure(out, "render all views x 3 variants", () -> {
                ViewRenderer renderer = new ViewRenderer(workspace.model());
                int bytes = 0;
                for (View view : workspace.model().views()) {
                    for (DiagramVariant variant : DiagramVariant.values()) {
                        bytes += renderer.svg(view, variant).length();
                    }
                }
                return bytes;
            });
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private void measure(PrintWriter out, String name, Supplier<Integer> work) {
        work.get();
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            seconds.add((System.nanoTime() - start) / 1e9);
            spec.commandLine().getErr().printf("  %s run %d: %.3f s%n", name, i + 1, seconds.get(i));
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        out.printf("%-32s median %.3f s  min %.3f s  max %.3f s  (%d runs)%n", name, sorted.get(sorted.size() / 2),
                sorted.get(0), sorted.get(sorted.size() - 1), runs);
    }
}
