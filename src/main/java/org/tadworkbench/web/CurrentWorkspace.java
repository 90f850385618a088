package org.tadworkbench.web;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tadworkbench.store.WorkspaceStore;
import org.tadworkbench.workspace.Workspace;

/**
 * The workspace the pages show: the first one in the database. Loaded per request so that an import made
 * by the CLI while the server runs shows at once; the whole workspace is small enough for that.
 */
@Component
class CurrentWorkspace {

    private final WorkspaceStore store;

    CurrentWorkspace(WorkspaceStore store) {
        this.store = store;
    }

    Optional<Workspace> find() {
        return store.workspaceIds().stream().findFirst().flatMap(store::load);
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
}
