package org.tadworkbench.workspace;

import java.nio.file.Path;

/**
 * Where the workbench keeps what it can rebuild (parsed files, drawn figures): TAD_CACHE_DIR, else
 * ~/.cache/tad-workbench. Deleting it is always safe; it only costs the next run its time.
 */
public final class CacheFolder {

    private CacheFolder() {
    }

    public static Path standard() {
        String configured = System.getenv("TAD_CACHE_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "tad-workbench");
    }
}
