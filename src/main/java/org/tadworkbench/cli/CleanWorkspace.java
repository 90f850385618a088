package org.tadworkbench.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.workspace.CacheFolder;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.WorkspaceReader;
import picocli.CommandLine.Model.CommandSpec;

/** Verbs that work on a workspace need it free of lint errors; otherwise they print the findings and stop. */
final class CleanWorkspace {

    private CleanWorkspace() {
    }

    /** The command line's reader: it keeps parsed files in the cache folder, so reading again parses only changes. */
    static WorkspaceReader reader(boolean watching) {
        return new WorkspaceReader(watching).cachingIn(CacheFolder.standard());
    }

    static Optional<ReadResult> read(Path workspace, CommandSpec spec) {
        ReadResult read = reader(false).read(workspace);
        LintReport report = new WorkspaceLinter().lint(read);
        if (!report.clean()) {
            LintCommand.print(spec.commandLine().getErr(), workspace, report);
            return Optional.empty();
        }
        return Optional.of(read);
    }
}
