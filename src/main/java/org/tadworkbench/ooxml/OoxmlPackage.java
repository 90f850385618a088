package org.tadworkbench.ooxml;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An Office Open XML package (a ZIP file) opened for reading within limits, so that a hostile file cannot exhaust
 * memory or disk: at most so many entries, a declared total and an actually unpacked total, a largest part, and a
 * compression ratio no higher than real documents reach (POI's {@code ZipSecureFile} rule: once a part passes
 * {@value #RATIO_GRACE_BYTES} bytes, its compressed size must stay above {@code minInflateRatio} of what it unpacks
 * to). Parts are read on demand through the package's central directory, never by streaming the ZIP, which would
 * silently skip a cut-off part.
 */
public final class OoxmlPackage implements Closeable {

    /** Below this many unpacked bytes a part is not held to the ratio (small XML parts compress very well). */
    static final int RATIO_GRACE_BYTES = 100 * 1024;

    /** How much of a package may be read. */
    public record Limits(int maxEntries, long maxTotalBytes, long maxPartBytes, double minInflateRatio) {
        /** Documents of a few hundred pages with figures stay far below these. */
        public static final Limits DOCUMENTS = new Limits(10_000, 500L * 1024 * 1024, 200L * 1024 * 1024, 0.01);
    }

    private final ZipFile zip;
    private final Limits limits;
    private final Map<String, ZipEntry> entries;
    private long unpacked;

    private OoxmlPackage(ZipFile zip, Limits limits, Map<String, ZipEntry> entries) {
        this.zip = zip;
        this.limits = limits;
        this.entries = entries;
    }

    /** Opens {@code file}, which the caller has found to be a ZIP ({@link OfficeContainer#ZIP}). */
    public static OoxmlPackage open(Path file, Limits limits) throws OoxmlException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new OoxmlException("is damaged or truncated (its ZIP directory cannot be read: " + e.getMessage() + ")", null, e);
        } catch (IOException e) {
            throw new OoxmlException("cannot be read (" + e.getMessage() + ")", null, e);
        }
        try {
            if (zip.size() > limits.maxEntries()) {
                throw new OoxmlException("holds " + zip.size() + " ZIP entries, more than the " + limits.maxEntries()
                        + " any real document has; refused", null);
            }
            Map<String, ZipEntry> entries = new LinkedHashMap<>();
            long declared = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                declared += Math.max(0, entry.getSize());
                // Part names are case-insensitive in OPC; keep them as found, look them up ignoring case.
                entries.put(entry.getName(), entry);
            }
            if (declared > limits.maxTotalBytes()) {
                throw new OoxmlException("unpacks to " + megabytes(declared) + " MB, more than the "
                        + megabytes(limits.maxTotalBytes()) + " MB allowed; refused", null);
            }
            return new OoxmlPackage(zip, limits, entries);
        } catch (OoxmlException | RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    /** The names of the package's entries, as stored. */
    public List<String> parts() {
        return Collections.unmodifiableList(new ArrayList<>(entries.keySet()));
    }

    public boolean has(String part) {
        return entry(part) != null;
    }

    /** The unpacked bytes of {@code part} ("word/document.xml"), or null when the package has no such part. */
    public byte[] read(String part) throws OoxmlException {
        ZipEntry entry = entry(part);
        if (entry == null) {
            return null;
        }
        long compressed = Math.max(1, entry.getCompressedSize());
        try (InputStream in = zip.getInputStream(entry)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(
                    (int) Math.min(Math.max(entry.getSize(), 8192), 64L * 1024 * 1024));
            byte[] buffer = new byte[64 * 1024];
            long count = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                count += n;
                if (count > limits.maxPartBytes()) {
                    throw new OoxmlException("unpacks to more than " + megabytes(limits.maxPartBytes())
                            + " MB; refused", entry.getName());
                }
                if (unpacked + count > limits.maxTotalBytes()) {
                    throw new OoxmlException("takes the package past " + megabytes(limits.maxTotalBytes())
                            + " MB unpacked; refused", entry.getName());
                }
                if (count > RATIO_GRACE_BYTES && (double) compressed / count < limits.minInflateRatio()) {
                    throw new OoxmlException("is compressed more than " + Math.round(1 / limits.minInflateRatio())
                            + " to 1, as in a ZIP bomb; refused", entry.getName());
                }
                out.write(buffer, 0, n);
            }
            unpacked += count;
            return out.toByteArray();
        } catch (ZipException e) {
            throw new OoxmlException("is damaged (" + e.getMessage() + ")", entry.getName(), e);
        } catch (IOException e) {
            throw new OoxmlException("cannot be read (" + e.getMessage() + ")", entry.getName(), e);
        }
    }

    private ZipEntry entry(String part) {
        String name = part.startsWith("/") ? part.substring(1) : part;
        ZipEntry entry = entries.get(name);
        if (entry != null) {
            return entry;
        }
        for (Map.Entry<String, ZipEntry> e : entries.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing was written; a failed close of a file opened for reading loses nothing
        }
    }
}
