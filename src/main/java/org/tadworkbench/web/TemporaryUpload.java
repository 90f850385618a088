package org.tadworkbench.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An upload read from a temporary file, as the file readers (specification intake, the Word reader) take a path; the
 * copy is deleted once read, whatever the reader did.
 */
final class TemporaryUpload {

    /** What reads the copy; may throw the reader's own refusal. */
    interface Reader<T, E extends Exception> {
        T read(Path file) throws E, IOException;
    }

    private TemporaryUpload() {
    }

    static <T, E extends Exception> T read(InputStream content, String prefix, String suffix, Reader<T, E> reader)
            throws E, IOException {
        Path file = Files.createTempFile(prefix, suffix);
        try {
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            return reader.read(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
