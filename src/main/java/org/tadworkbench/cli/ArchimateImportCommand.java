package org.tadworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tadworkbench.archimate.ArchimateImportException;
import org.tadworkbench.archimate.ArchimateImporter;
import org.tadworkbench.archimate.ArchimateMerge;
import org.tadworkbench.archimate.ImportedModel;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tad model WORKSPACE archimate-import FILE}: merges an exchange file into the model. Only model/ files are
 * written, and only when the file imports and the merged workspace still lints clean; otherwise nothing changes.
 */
@Command(name = "archimate-import", mixinStandardHelpOptions = true,
        description = "Merge an ArchiMate Model Exchange File (from archimate-export, Archi or another tool) into the "
                + "model: elements, relationships and views with an id the model has replace it, others are added; "
                + "nothing is deleted and variations are kept. Writes the model/ files only.")
final class ArchimateImportCommand implements Callable<Integer> {

    private static final String MODEL_FOLDER = "model/";

    @Spec
    CommandSpec spec;
    @ParentCommand
    ModelCommand model;
    @Parameters(paramLabel = "FILE", description = "The exchange file to import.")
    Path file;

    @Override
    public Integer call() throws IOException {
        ReadResult read = model.read(spec);
        if (read == null) {
            return 1;
        }
        PrintWriter err = spec.commandLine().getErr();
        ImportedModel imported;
        try {
            imported = new ArchimateImporter().read(file);
        } catch (ArchimateImportException e) {
            err.println("tad: " + file + ": " + e.getMessage());
            return 1;
        }
        imported.warnings().forEach(warning -> err.println("tad: " + file + ": warning: " + warning));
        ArchimateMerge.Result merged = ArchimateMerge.merge(read.workspace().model(), imported.model());
        Workspace ws = read.workspace();
        Workspace updated = ws.withModel(merged.model());
        // Check before writing: a merged model can break rules the file alone cannot, e.g. a part-of cycle.
        LintReport report = new WorkspaceLinter().lint(new ReadResult(updated, List.of(), read.locations()));
        if (!report.clean()) {
            err.println("tad: " + file + ": the merged model would not lint clean; the workspace is unchanged:");
            report.findings().stream().filter(f -> f.isError()).forEach(f -> err.println("  " + f.message()));
            return 1;
        }
        int written = writeModelFiles(updated);
        spec.commandLine().getOut().println("merged " + file + " into " + model.workspace + ": " + merged.describe()
                + " (" + written + " model file(s) written)");
        return 0;
    }

    /** The model/ files whose canonical text differs from what is on disk. */
    private int writeModelFiles(Workspace updated) throws IOException {
        int written = 0;
        for (Map.Entry<String, String> entry : new WorkspaceWriter().render(updated).entrySet()) {
            if (!entry.getKey().startsWith(MODEL_FOLDER)) {
                continue;
            }
            Path target = model.workspace.resolve(entry.getKey());
            if (Files.exists(target) && Files.readString(target, StandardCharsets.UTF_8).equals(entry.getValue())) {
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, entry.getValue(), StandardCharsets.UTF_8);
            written++;
        }
        return written;
    }
}
