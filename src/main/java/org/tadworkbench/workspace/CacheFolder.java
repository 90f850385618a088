package org.tadworkbench.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

    /**
     * Puts a cache entry in place whole (written aside, then moved over the old one), so a reader never sees half a
     * file. A cache must never fail its caller: when the disk is full or read-only, or cannot move files atomically,
     * nothing is kept and the next run simply does the work again.
     */
    public static void store(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "entry", ".tmp");
            try {
                Files.write(temporary, content);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // nothing kept: see above
        }
    }

    /** The hex SHA-256 of the text's UTF-8 bytes: the content keys of the caches. */
    public static String sha256(String input) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
