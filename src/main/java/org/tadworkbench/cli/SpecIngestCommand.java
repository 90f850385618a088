package org.tadworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.tadworkbench.intake.Ingested;
import org.tadworkbench.intake.IntakeException;
import org.tadworkbench.intake.SpecFormat;
import org.tadworkbench.intake.SpecIngest;
import org.tadworkbench.workspace.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tad spec ingest WS FILE --doc ID --version V [--format F] [--json]}. */
@Command(name = "ingest",
        description = "Read one version of a specification from its document (Word .docx, PDF, HTML including Word's own "
                + "HTML export, Markdown, or RFC-style plain text) into the workspace: its clauses (numbers as the "
                + "document shows them, titles, levels, text as Markdown with tables, and where each came from) go to "
                + "specs/<ID>/<VERSION>/clauses.yaml, and the document and the version are added to specs.yaml when "
                + "missing. The table of contents, page headers, footers and page numbers are left out; whatever could "
                + "not be placed in a clause is listed. Ingesting a version again replaces its clauses. "
                + "Exit codes: 0 ingested, 1 the file cannot be read (nothing is written) or the workspace has errors, 2 usage.")
final class SpecIngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOnly help;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace folder.")
    Path workspace;

    @Parameters(index = "1", paramLabel = "FILE", description = "The specification file (at most 50 MB).")
    Path file;

    @Option(names = "--doc", required = true, paramLabel = "ID", description = "The document's id in specs.yaml, e.g. DUIS.")
    String document;

    @Option(names = "--version", required = true, paramLabel = "V", description = "The version, e.g. 3.1.")
    String version;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "docx, pdf, html, md or txt (default: from the file name's extension).")
    String format;

    @Option(names = "--label", paramLabel = "TEXT", description = "The version's label when it is new to specs.yaml, e.g. \"v3.1 draft 2\".")
    String label;

    @Option(names = "--json", description = "Print what was read as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        SpecFormat chosen = format == null ? null : SpecFormat.ofWord(format).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "--format '" + format + "' is not one of docx, pdf, html, md, txt"));
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("tad spec ingest: " + file + ": no such file");
            return 1;
        }
        if (!json) {
            err.println("reading " + file.getFileName() + "...");
        }
        String name = file.getFileName().toString();
        SpecIngest.Request request = new SpecIngest.Request(document, version, chosen, label, null);
        // The file is read on one core while the workspace is read and linted on the other.
        CompletableFuture<SpecIngest.Read> reading = CompletableFuture.supplyAsync(() -> {
            try {
                return SpecIngest.read(file, name, request);
            } catch (IntakeException e) {
                throw new CompletionException(e);
            }
        });
        ReadResult read = CleanWorkspace.read(workspace, spec).orElse(null);
        if (read == null) {
            reading.cancel(true);
            return 1;
        }
        SpecIngest.Outcome outcome;
        try {
            outcome = SpecIngest.apply(read.workspace(), reading.join(), name, request);
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof IntakeException refused)) {
                throw e;
            }
            err.println("tad spec ingest: " + refused.getMessage() + " (nothing written)");
            return 1;
        }
        List<String> written = ChangedFiles.write(workspace, read.workspace(), outcome.workspace());
        Ingested ingested = outcome.read();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("document", document);
            out.put("version", version);
            out.put("format", outcome.format().word());
            out.put("clauses", outcome.tree().clauses().size());
            out.put("tables", ingested.tables());
            out.put("unplaced", ingested.unplaced().stream().map(u -> Map.of("location", u.location(), "what", u.what())).toList());
            out.put("addedDocument", outcome.addedDocument());
            out.put("addedVersion", outcome.addedVersion());
            out.put("replaced", outcome.replaced());
            out.put("files", written);
            spec.commandLine().getOut().println(Json.write(out));
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.println((outcome.replaced() ? "replaced " : "ingested ") + document + " " + version + " from "
                    + file.getFileName() + " (" + outcome.format().word() + "): " + outcome.tree().clauses().size()
                    + " clauses, " + ingested.tables() + " tables"
                    + (outcome.addedDocument() ? "; " + document + " added to specs.yaml"
                    : outcome.addedVersion() ? "; version " + version + " added to specs.yaml" : ""));
            if (!ingested.unplaced().isEmpty()) {
                out.println(ingested.unplaced().size() + " thing(s) not placed in a clause:");
                ingested.unplaced().forEach(u -> out.println("  " + u.location() + ": " + u.what()));
            }
            written.forEach(f -> out.println("wrote " + f));
        }
        return 0;
    }
}
