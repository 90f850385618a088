package org.tadworkbench.mspdi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceFiles;
import org.tadworkbench.workspace.WorkspaceWriter;

/**
 * An MS Project file brought into a workspace's plan in two steps, the same in both shells: {@link #preview} reads
 * the file against the workspace and says what would change (and lints the workspace as it would be), writing
 * nothing; {@link #write} then replaces plan.yaml (atomically), and only plan.yaml, when the preview lints clean.
 * The server stores {@link Preview#updated()} instead.
 */
public final class WorkspacePlanImport {

    /** What an import would do: the plan read and the reader's notes, the changes, the updated workspace's lint. */
    public record Preview(MspdiImport imported, PlanChanges changes, Workspace updated, LintReport lint) {
        public Plan plan() {
            return imported.plan();
        }

        /** Whether the updated workspace lints without errors (warnings allowed). */
        public boolean clean() {
            return lint.clean();
        }
    }

    private WorkspacePlanImport() {
    }

    /** Reads {@code file} against {@code ws}; nothing is written. */
    public static Preview preview(Workspace ws, Path file) throws MspdiImportException {
        return preview(ws, MspdiImporter.read(file, ws.plan()));
    }

    /** Reads a project file from a stream ({@code name} for messages) against {@code ws}; nothing is written. */
    public static Preview preview(Workspace ws, InputStream in, String name) throws MspdiImportException {
        return preview(ws, MspdiImporter.read(in, name, ws.plan()));
    }

    private static Preview preview(Workspace ws, MspdiImport imported) {
        Workspace updated = new Workspace(ws.manifest(), ws.sections(), ws.glossary(), ws.references(), ws.specs(),
                ws.releases(), imported.plan(), ws.raid(), ws.model(), ws.traces(), ws.snapshots());
        LintReport lint = new WorkspaceLinter().lint(new ReadResult(updated, List.of(), new Locations()));
        return new Preview(imported, PlanChanges.between(ws.plan(), imported.plan()), updated, lint);
    }

    /** Writes the previewed plan into {@code dir}/plan.yaml; refused (IllegalStateException) unless it lints clean. */
    public static Path write(Path dir, Preview preview) throws IOException {
        if (!preview.clean()) {
            throw new IllegalStateException("the imported plan does not lint clean; plan.yaml not changed");
        }
        String yaml = new WorkspaceWriter().render(preview.updated()).get(WorkspaceFiles.PLAN);
        Path target = dir.resolve(WorkspaceFiles.PLAN);
        Path temp = Files.createTempFile(dir, ".plan", ".yaml.tmp");
        try {
            Files.writeString(temp, yaml, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }
}
