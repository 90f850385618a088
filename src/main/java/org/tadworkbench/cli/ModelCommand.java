package org.tadworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.AvailabilityAnalysis;
import org.tadworkbench.model.AvailabilityItem;
import org.tadworkbench.model.AvailabilityReport;
import org.tadworkbench.model.DiagramVariant;
import org.tadworkbench.model.Usage;
import org.tadworkbench.model.View;
import org.tadworkbench.model.ViewRenderer;
import org.tadworkbench.model.WhereUsed;
import org.tadworkbench.workspace.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tad model WORKSPACE VERB}: the architecture model's diagrams and queries. */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Render and query the architecture model of a workspace.",
        subcommands = {ModelCommand.Render.class, ModelCommand.Show.class, ModelCommand.Availability.class,
                ModelCommand.WhereUsedVerb.class, ArchimateExportCommand.class, ArchimateImportCommand.class})
final class ModelCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace folder.")
    Path workspace;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a model verb is required");
    }

    ReadResult read(CommandSpec verb) {
        return CleanWorkspace.read(workspace, verb).orElse(null);
    }

    static Applicability variant(String text, CommandSpec spec) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "smets1" -> Applicability.SMETS1;
            case "smets2plus", "smets2+" -> Applicability.SMETS2PLUS;
            default -> throw new ParameterException(spec.commandLine(), "--variant must be smets2plus or smets1, not '" + text + "'");
        };
    }

    /** What the model's query verbs share: the workspace of the parent command and a --json switch. */
    abstract static class ModelVerb implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        ModelCommand model;
        @Option(names = "--json", description = "Report as JSON.")
        boolean json;

        /** The lint-clean workspace, or null after its errors were printed. */
        ReadResult read() {
            return model.read(spec);
        }
    }

    @Command(name = "render", mixinStandardHelpOptions = true,
            description = "Write every view as SVG: VIEW.smets2plus.svg, VIEW.smets1.svg and VIEW.variation.svg, "
                    + "each stamped with the model version.")
    static final class Render implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        ModelCommand model;
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the SVG files.")
        Path out;
        @Option(names = "--variant", paramLabel = "VARIANT", defaultValue = "all",
                description = "smets2plus, smets1, variation or all (default: ${DEFAULT-VALUE}).")
        String variant;

        @Override
        public Integer call() throws IOException {
            List<DiagramVariant> variants = variants();
            ReadResult read = model.read(spec);
            if (read == null) {
                return 1;
            }
            ArchitectureModel architecture = read.workspace().model();
            if (architecture.views().isEmpty()) {
                spec.commandLine().getErr().println("tad: the model declares no views (model/views.yaml)");
                return 1;
            }
            Files.createDirectories(out);
            ViewRenderer renderer = new ViewRenderer(architecture);
            PrintWriter err = spec.commandLine().getErr();
            int written = 0;
            long started = System.nanoTime();
            for (View view : architecture.views()) {
                for (DiagramVariant diagram : variants) {
                    Path file = out.resolve(view.id() + "." + diagram.name().toLowerCase(Locale.ROOT) + ".svg");
                    Files.writeString(file, renderer.svg(view, diagram), StandardCharsets.UTF_8);
                    written++;
                }
                err.println("rendered " + view.id());
            }
            spec.commandLine().getOut().printf("wrote %d SVG figures of model version %s to %s in %.1f s%n", written,
                    renderer.modelVersion(), out, (System.nanoTime() - started) / 1e9);
            return 0;
        }

        private List<DiagramVariant> variants() {
            if ("all".equalsIgnoreCase(variant)) {
                return List.of(DiagramVariant.values());
            }
            try {
                return List.of(DiagramVariant.valueOf(variant.toUpperCase(Locale.ROOT).replace("+", "PLUS")));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--variant must be smets2plus, smets1, variation or all");
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one element or view: what it is, "
            + "its relationships and its SMETS1 variations.")
    static final class Show extends ModelVerb {
        @Parameters(paramLabel = "ID", description = "Element, relationship or view id.")
        String id;

        @Override
        public Integer call() {
            ReadResult read = read();
            if (read == null) {
                return 1;
            }
            Map<String, Object> description = ModelDescriptions.describe(read.workspace().model(), id);
            if (description == null) {
                spec.commandLine().getErr().println("tad: the model has no element, relationship or view '" + id + "'");
                return 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(description));
            } else {
                ModelDescriptions.print(out, description);
            }
            return 0;
        }
    }

    @Command(name = "availability", mixinStandardHelpOptions = true,
            description = "Which service requests, devices and HAN joins are available for a variant, and why not.")
    static final class Availability extends ModelVerb {
        @Option(names = "--variant", required = true, paramLabel = "VARIANT", description = "smets2plus or smets1.")
        String variant;

        @Override
        public Integer call() {
            Applicability chosen = ModelCommand.variant(variant, spec);
            ReadResult read = read();
            if (read == null) {
                return 1;
            }
            AvailabilityReport report = new AvailabilityAnalysis(read.workspace().model(), chosen).report();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(report));
                return 0;
            }
            out.println("Availability for " + report.variant() + " (model version " + report.modelVersion() + ")");
            print(out, "Service requests", report.serviceRequests());
            print(out, "Devices", report.devices());
            print(out, "HAN joins", report.joins());
            return 0;
        }

        private static void print(PrintWriter out, String heading, List<AvailabilityItem> items) {
            out.println();
            out.println(heading + ":");
            for (AvailabilityItem item : items) {
                String name = item.code() == null || item.name().contains(item.code()) ? item.name() : item.code() + " " + item.name();
                out.printf("  %-11s %s%n", item.status(), name);
                item.reasons().forEach(reason -> out.println("              because " + reason));
            }
        }
    }

    @Command(name = "where-used", mixinStandardHelpOptions = true,
            description = "The sections, views, relationships, variations and impact rows that mention an element.")
    static final class WhereUsedVerb extends ModelVerb {
        @Parameters(paramLabel = "ID", description = "Element or relationship id.")
        String id;

        @Override
        public Integer call() {
            ReadResult read = read();
            if (read == null) {
                return 1;
            }
            ArchitectureModel architecture = read.workspace().model();
            if (architecture.element(id).isEmpty() && architecture.relationship(id).isEmpty()) {
                spec.commandLine().getErr().println("tad: the model has no element or relationship '" + id + "'");
                return 1;
            }
            List<Usage> usages = WhereUsed.of(architecture, read.workspace().sections(), read.workspace().releases(), id);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("id", id);
                result.put("usages", usages);
                out.println(Json.write(result));
            } else {
                List<String> lines = new ArrayList<>();
                usages.forEach(u -> lines.add(String.format("%-13s %-28s %s: %s", u.kind(), u.id(), u.how(), u.title())));
                lines.forEach(out::println);
                out.println(usages.size() + " usage(s) of " + id);
            }
            return 0;
        }
    }
}
