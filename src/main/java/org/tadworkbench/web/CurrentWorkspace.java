package org.tadworkbench.web;

import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.tadworkbench.store.WorkspaceSnapshots;
import org.tadworkbench.store.WorkspaceStore;
import org.tadworkbench.workspace.Workspace;

/**
 * The workspace the pages show: the first one in the database, as the snapshot of its current revision
 * ({@link WorkspaceSnapshots}): one cheap query per request, a reload only after a write (through this server, the
 * CLI or another server on the same database), so a write shows on the next read.
 */
@Component
class CurrentWorkspace {

    private final WorkspaceStore store;
    private final WorkspaceSnapshots snapshots;

    CurrentWorkspace(WorkspaceStore store, WorkspaceSnapshots snapshots) {
        this.store = store;
        this.snapshots = snapshots;
    }

    Optional<Workspace> find() {
        return snapshots.current().workspace();
    }

    /**
     * Only the workspace's id, without loading it: for writes that name the workspace (a comment, an edit), which
     * must not read every section and comment first (that made posting a comment slower with every comment).
     */
    String requireId() {
        return store.workspaceIds().stream().findFirst().orElseThrow(NothingImportedException::new);
    }

    /** The workspace, or {@link NothingImportedException} which sends the user to the dashboard's import help. */
    Workspace require() {
        return find().orElseThrow(NothingImportedException::new);
    }

    /**
     * What {@code compute} derives from {@code ws} (just taken from {@link #require}), computed once per revision
     * when {@code ws} is still the kept snapshot's, else now; {@code key} names the value and all it depends on
     * besides the workspace.
     */
    <T> T derived(Workspace ws, Object key, Function<Workspace, T> compute) {
        return snapshots.kept().filter(s -> s.workspace().filter(kept -> kept == ws).isPresent())
                .map(s -> s.derived(key, compute)).orElseGet(() -> compute.apply(ws));
    }
}
