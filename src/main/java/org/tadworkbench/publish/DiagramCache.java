package org.tadworkbench.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        Path file = CacheFolder.standard().resolve(kind + "-" + sha256(input));
        try {
            if (Files.isRegularFile(file)) {
                return Files.readAllBytes(file);
            }
        } catch (IOException e) {
            // unreadable cache entry: draw instead
        }
        byte[] drawn = draw.get();
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), kind, ".tmp");
            Files.write(temporary, drawn);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            // a read-only or full disk only costs the next build its time
        }
        return drawn;
    }

    /** The hex SHA-256 of the text's UTF-8 bytes: the content keys of the publishing caches. */
    public static String sha256(String input) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
