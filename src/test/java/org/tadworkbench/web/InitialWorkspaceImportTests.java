package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.store.Databases;
import org.tadworkbench.store.ImportResult;
import org.tadworkbench.store.WorkspaceImporter;
import org.tadworkbench.store.WorkspaceStore;

/** The start-up import must never stop the server: a workspace with lint errors is reported and skipped. */
class InitialWorkspaceImportTests {

    @Test
    void aWorkspaceWithLintErrorsIsRefusedWithoutFailing(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("workspace.yaml"), "id: broken\ntitle: Broken\n");
        WorkspaceStore store = new WorkspaceStore(Databases.open("jdbc:h2:mem:refused;DB_CLOSE_DELAY=-1", "sa", ""));

        ImportResult result = new InitialWorkspaceImport(store, new WorkspaceImporter(store), folder.toString()).importIfEmpty();

        assertThat(result.imported()).isFalse();
        assertThat(store.workspaceIds()).isEmpty();
    }
}
