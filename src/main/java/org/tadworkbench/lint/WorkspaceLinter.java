package org.tadworkbench.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.tadworkbench.calendar.WorkingDays;
import org.tadworkbench.workspace.Finding;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.WorkspaceReader;

/** Reads a workspace and checks it as a whole: the entry point of {@code tad lint} and of every import. */
public final class WorkspaceLinter {

    public LintReport lint(Path workspaceDir) {
        return lint(workspaceDir, new WorkspaceReader());
    }

    public LintReport lint(Path workspaceDir, WorkspaceReader reader) {
        prepareCalendar();
        return lint(reader.read(workspaceDir));
    }

    /**
     * Loading the bank holidays (jollyday's XML) takes about 0.4 s: a command calls this before reading the files, so
     * the calendar is loaded on the other core meanwhile and the plan rules find it ready. A failure there surfaces
     * when the rules ask for it.
     */
    public static void prepareCalendar() {
        CompletableFuture.runAsync(WorkingDays::englandAndWales);
    }

    public LintReport lint(ReadResult read) {
        List<Finding> findings = new ArrayList<>(read.findings());
        if (read.workspace().manifest() != null) {
            findings.addAll(new ConsistencyRules(read.workspace(), read.locations()).check());
        }
        return new LintReport(findings);
    }
}
