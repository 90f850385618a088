package org.tadworkbench.mspdi;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.Workspace;

/**
 * An MS Project file brought into a workspace's plan in two steps, the same in both shells: {@link #preview} reads
 * the file against the workspace and says what would change (and lints the workspace as it would be), writing
 * nothing; when the preview lints clean, the command line writes {@link Preview#updated()} back (only plan.yaml
 * changes) and the server stores it.
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
}
