package org.tadworkbench.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.tadworkbench.store.ImportResult;
import org.tadworkbench.store.WorkspaceImporter;
import org.tadworkbench.store.WorkspaceStore;
import org.tadworkbench.workspace.Finding;

/**
 * Seeds an empty database from the folder in {@code tad.initial-workspace}. Runs once every singleton exists
 * (so after Flyway) and before the web server starts, so no request ever sees a half-seeded database. A workspace that fails lint is logged, not fatal:
 * the server still starts and the dashboard explains how to import.
 */
@Component
class InitialWorkspaceImport implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(InitialWorkspaceImport.class);

    private final WorkspaceStore store;
    private final WorkspaceImporter importer;
    private final String folder;

    InitialWorkspaceImport(WorkspaceStore store, WorkspaceImporter importer,
                           @Value("${tad.initial-workspace:}") String folder) {
        this.store = store;
        this.importer = importer;
        this.folder = folder;
    }

    @Override
    public void afterSingletonsInstantiated() {
        importIfEmpty();
    }

    /** What happened, for tests: the import result, or null when nothing was attempted. */
    ImportResult importIfEmpty() {
        if (folder.isBlank()) {
            return null;
        }
        List<String> existing = store.workspaceIds();
        if (!existing.isEmpty()) {
            LOG.info("Database already holds workspace(s) {}; not importing {}", existing, folder);
            return null;
        }
        Path path = Path.of(folder).toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            LOG.warn("tad.initial-workspace is {}, which is not a folder; nothing imported", path);
            return null;
        }
        ImportResult result = importer.importFrom(path, "tad serve (initial import)");
        if (result.imported()) {
            LOG.info("Imported workspace '{}' from {}: {} sections, {} impact rows ({} lint warnings)",
                    result.workspaceId(), path, result.stored().get("section"), result.stored().get("impact_row"),
                    result.report().warnings());
        } else {
            LOG.error("Refused to import {}: {} lint error(s); fix them and run ./tad import {}",
                    path, result.report().errors(), path);
            result.report().findings().stream().filter(Finding::isError)
                    .forEach(finding -> LOG.error(finding.format(path + "/")));
        }
        return result;
    }
}
