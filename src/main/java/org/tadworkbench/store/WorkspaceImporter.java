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

    public ImportResult importFrom(Path folder) {
        ReadResult read = new WorkspaceReader().read(folder);
        LintReport report = new WorkspaceLinter().lint(read);
        if (!report.clean()) {
            String id = read.workspace().manifest() == null ? null : read.workspace().manifest().id();
            return new ImportResult(id, report, Map.of());
        }
        store.replace(read.workspace());
        String id = read.workspace().manifest().id();
        return new ImportResult(id, report, store.counts(id));
    }
}
