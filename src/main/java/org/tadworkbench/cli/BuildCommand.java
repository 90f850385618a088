package org.tadworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.publish.AssembledDocument;
import org.tadworkbench.publish.BuildReport;
import org.tadworkbench.publish.DocumentAssembly;
import org.tadworkbench.publish.PublishFormat;
import org.tadworkbench.publish.Publisher;
import org.tadworkbench.publish.RenderCache;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.WorkspaceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tad build WORKSPACE --out DIR}: checks one version and publishes it as a static HTML site, PDF and DOCX.
 * The full document goes to DIR itself; a variant build goes to DIR/smets1 or DIR/smets2plus, so builds of all
 * variants can share one folder. Each folder gets build-report.txt (and build-report.json with --json).
 */
@Command(name = "build",
        description = "Publish one version of the document: index.html (with tad.css), tad-VERSION.pdf, "
                + "tad-VERSION.docx and build-report.txt in DIR (DIR/smets1 or DIR/smets2plus for a variant).%n"
                + "Lint and build checks run first; errors stop the build. Progress goes to stderr.%n"
                + "Exit 0 built (warnings allowed), 1 check errors or failure, 2 usage.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOnly help;

    @Parameters(paramLabel = "WORKSPACE", description = "The workspace folder (only read).")
    Path workspace;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (outside the workspace).")
    Path out;

    @Option(names = "--version", paramLabel = "VERSION", description = "Document version to build (default: the current one).")
    String version;

    @Option(names = "--variant", paramLabel = "VARIANT", defaultValue = "all",
            description = "all (the full document, variations marked), smets1 or smets2plus. Default: ${DEFAULT-VALUE}.")
    String variant;

    @Option(names = "--format", paramLabel = "FORMATS", split = ",", defaultValue = "html,pdf,docx",
            description = "Comma-separated: html, pdf, docx. Default: ${DEFAULT-VALUE}.")
    List<String> formats;

    @Option(names = "--json", description = "Also write build-report.json and print it on stdout.")
    boolean json;

    @Option(names = "--watch", description = "Stay running and rebuild whenever a workspace file changes (Ctrl-C stops). "
            + "Only changed files are read again and only changed sections rendered again; use --format html for "
            + "quick previews.")
    boolean watch;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Applicability applicability = applicability();
        Set<PublishFormat> chosen = new LinkedHashSet<>();
        for (String name : formats) {
            chosen.add(parse(() -> PublishFormat.of(name)));
        }
        if (!Files.isDirectory(workspace)) {
            throw new ParameterException(spec.commandLine(), "no workspace folder " + workspace);
        }
        Path target = (applicability == Applicability.BOTH ? out : out.resolve(variant.toLowerCase(Locale.ROOT)));
        if (target.toAbsolutePath().normalize().startsWith(workspace.toAbsolutePath().normalize())) {
            throw new ParameterException(spec.commandLine(), "--out must lie outside the workspace (a build never writes into it)");
        }

        WorkspaceLinter.prepareCalendar();
        WorkspaceReader reader = CleanWorkspace.reader(watch);
        RenderCache cache = watch ? RenderCache.keeping() : RenderCache.none();
        err.println("tad build: reading and checking " + workspace);
        int status = build(reader, cache, chosen, target, applicability, err, false);
        if (!watch) {
            return status;
        }
        try (FolderWatch changes = new FolderWatch(workspace)) {
            err.println("tad build: watching " + workspace + " for changes (Ctrl-C stops)");
            while (true) {
                Set<String> changed = changes.next();
                long start = System.nanoTime();
                int rebuilt = build(reader, cache, chosen, target, applicability, err, true);
                err.printf(Locale.ROOT, "tad build: %s %s in %d ms after changes to %s%n", rebuilt == 0 ? "rebuilt" : "checks failed for",
                        target, (System.nanoTime() - start) / 1_000_000 + FolderWatch.SETTLE_MILLIS, String.join(", ", changed));
            }
        }
    }

    /** One build: read (reusing what the reader remembers), check, render, write. Quiet lists only errors. */
    private int build(WorkspaceReader reader, RenderCache cache, Set<PublishFormat> chosen, Path target,
                      Applicability applicability, PrintWriter err, boolean quiet) throws IOException {
        ReadResult read = reader.read(workspace);
        if (read.workspace().manifest() == null) {
            return failChecks(err, Publisher.check(read, "", applicability));
        }
        String built = version != null ? version
                : read.workspace().manifest().currentVersion().map(DocumentVersion::version).orElse("");
        if (read.workspace().manifest().versions().stream().noneMatch(v -> v.version().equals(built))) {
            throw new ParameterException(spec.commandLine(), "no version '" + built + "' in workspace.yaml");
        }
        LintReport checks = Publisher.check(read, built, applicability);
        if (!checks.clean()) {
            return failChecks(err, checks);
        }
        AssembledDocument doc = DocumentAssembly.assemble(read.workspace(), built, applicability);
        Files.createDirectories(target);
        List<BuildReport.Output> outputs = new ArrayList<>();
        // The formats are independent renderings of one assembled document: lay them out side by side on the
        // machine's cores, then write them in a fixed order so the report reads the same every time.
        long start = System.nanoTime();
        Map<PublishFormat, Map<String, byte[]>> rendered = chosen.parallelStream()
                .collect(java.util.stream.Collectors.toConcurrentMap(f -> f, f -> Publisher.files(doc, f, cache)));
        for (PublishFormat format : chosen) {
            for (Map.Entry<String, byte[]> file : rendered.get(format).entrySet()) {
                writeIfChanged(target.resolve(file.getKey()), file.getValue());
                outputs.add(new BuildReport.Output(format.extension(), file.getKey(), file.getValue().length, sha256(file.getValue())));
            }
            if (!quiet) {
                err.printf(Locale.ROOT, "tad build: %-4s %s%n", format.extension(), target.resolve(format.fileName(built)));
            }
        }
        if (!quiet) {
            err.printf(Locale.ROOT, "tad build: rendered %d format(s) in %.1f s%n", chosen.size(), (System.nanoTime() - start) / 1e9);
        }
        BuildReport report = new BuildReport(workspace.toString(), built, variant.toLowerCase(Locale.ROOT), checks, outputs);
        writeIfChanged(target.resolve("build-report.txt"), report.text(prefix()).getBytes(StandardCharsets.UTF_8));
        if (json) {
            String text = Json.write(report.asMap());
            writeIfChanged(target.resolve("build-report.json"), (text + "\n").getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getOut().println(text);
        }
        if (!quiet) {
            checks.findings().forEach(f -> err.println(f.format(prefix())));
            err.println("tad build: " + doc.fullTitle() + " written to " + target + " (" + checks.warnings() + " warning(s))");
        }
        return 0;
    }

    /** Leaves an unchanged file alone, so a browser or file watcher downstream sees only real changes. */
    private static void writeIfChanged(Path file, byte[] content) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) == content.length && Arrays.equals(Files.readAllBytes(file), content)) {
            return;
        }
        Files.write(file, content);
    }

    private int failChecks(PrintWriter err, LintReport checks) {
        checks.findings().forEach(f -> err.println(f.format(prefix())));
        err.println("tad build: " + checks.errors() + " error(s), " + checks.warnings() + " warning(s); nothing written");
        return 1;
    }

    private Applicability applicability() {
        return switch (variant.toLowerCase(Locale.ROOT)) {
            case "all" -> Applicability.BOTH;
            case "smets1" -> Applicability.SMETS1;
            case "smets2plus" -> Applicability.SMETS2PLUS;
            default -> throw new ParameterException(spec.commandLine(),
                    "unknown variant '" + variant + "' (expected all, smets1 or smets2plus)");
        };
    }

    private <T> T parse(java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private String prefix() {
        return workspace.toString().endsWith("/") ? workspace.toString() : workspace + "/";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
