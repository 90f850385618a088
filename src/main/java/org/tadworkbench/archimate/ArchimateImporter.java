package org.tadworkbench.archimate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.tadworkbench.archimate.internal.ExchangeReader;
import org.tadworkbench.archimate.internal.SafeXml;

/**
 * Reads an ArchiMate Model Exchange File (from {@link ArchimateExporter}, Archi, or any tool that writes the
 * Open Group format) into our model. Files are untrusted: the size is checked before parsing, the parser refuses
 * DOCTYPEs and never fetches anything, and every problem is an {@link ArchimateImportException} with one line.
 */
public final class ArchimateImporter {

    /** Big enough for any real architecture model (a 10,000 element Archi export is a few MB). */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;

    public ArchimateImporter() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArchimateImporter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ImportedModel read(Path file) throws ArchimateImportException {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ArchimateImportException("the file is " + size(size) + ", over the " + size(maxBytes) + " limit for exchange files");
            }
            return parse(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ArchimateImportException("no such file");
        } catch (IOException e) {
            throw new ArchimateImportException("cannot be read: " + e.getMessage());
        }
    }

    /** Reads at most the size limit from {@code in}; the caller closes it. */
    public ImportedModel read(InputStream in) throws ArchimateImportException {
        try {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw new ArchimateImportException("the input is over the " + size(maxBytes) + " limit for exchange files");
            }
            return parse(content);
        } catch (IOException e) {
            throw new ArchimateImportException("cannot be read: " + e.getMessage());
        }
    }

    private static ImportedModel parse(byte[] content) throws ArchimateImportException {
        return ExchangeReader.read(SafeXml.parse(content));
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)) : bytes + " bytes";
    }
}
