package org.tadworkbench.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.tadworkbench.workspace.CacheFolder;

/**
 * Drawn figures kept by the hash of what they were drawn from, outside any workspace (TAD_CACHE_DIR, else
 * ~/.cache/tad-workbench). Laying out a diagram or rasterising it costs seconds, and the same model gives the same
 * drawing, so a rebuild after a text edit redraws nothing. The cache can only be missed, never wrong: the key is the
 * whole input, and any trouble reading or writing it falls back to drawing.
 */
public final class DiagramCache {

    private DiagramCache() {
    }

    public static byte[] get(String kind, String input, Supplier<byte[]> draw) {
        Path file = CacheFolder.standard().resolve(kind + "-" + CacheFolder.sha256(input));
        try {
            if (Files.isRegularFile(file)) {
                return Files.readAllBytes(file);
            }
        } catch (IOException e) {
            // unreadable cache entry: draw instead
        }
        byte[] drawn = draw.get();
        CacheFolder.store(file, drawn);
        return drawn;
    }
}
