package org.tadworkbench.store;

import java.nio.file.Path;
import java.util.Map;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.WorkspaceReader;

/**
 * Moves a workspace folder into the database. The folder is linted first; any error refuses the import,
 * and the store's single transaction means a failure part-way leaves the database as it was.
 */
public final class WorkspaceImporter {

    private final WorkspaceStore store;

    public WorkspaceImporter(WorkspaceStore store) {
        this.store = store;
    }

    /** Imports as the person running this process: the audit records the import as theirs. */
    public ImportResult importFrom(Path folder) {
        return importFrom(folder, "tad import (" + System.getProperty("user.name", "unknown user") + ")");
    }

    public ImportResult importFrom(Path folder, String actor) {
        ReadResult read = new WorkspaceReader().read(folder);
        LintReport report = new WorkspaceLinter().lint(read);
        if (!report.clean()) {
            String id = read.workspace().manifest() == null ? null : read.workspace().manifest().id();
            return new ImportResult(id, report, Map.of());
        }
        store.replace(read.workspace(), actor);
        String id = read.workspace().manifest().id();
        return new ImportResult(id, report, store.counts(id));
    }
}
