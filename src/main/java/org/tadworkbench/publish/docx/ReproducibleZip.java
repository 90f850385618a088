package org.tadworkbench.publish.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (here: the OOXML package POI wrote) so that the same content always gives the same bytes: entries
 * in a fixed order ({@code [Content_Types].xml} first, as OPC readers expect, then {@code _rels/.rels}, then the
 * rest by name), each stamped with one fixed local time and no extra fields, compressed at a fixed level.
 */
final class ReproducibleZip {

    private ReproducibleZip() {
    }

    static byte[] normalise(byte[] zip, LocalDateTime timestamp) {
        Map<String, byte[]> entries = new TreeMap<>(ReproducibleZip::compareNames);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the package POI wrote", e);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry e = new ZipEntry(entry.getKey());
                // setTimeLocal writes the DOS date/time as given, without the default time zone and without
                // the extended-timestamp extra field that setTime may add.
                e.setTimeLocal(timestamp);
                if (isCompressed(entry.getKey())) {
                    // Images are compressed already: deflating them again costs time and saves nothing.
                    CRC32 crc = new CRC32();
                    crc.update(entry.getValue());
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(entry.getValue().length);
                    e.setCompressedSize(entry.getValue().length);
                    e.setCrc(crc.getValue());
                } else {
                    e.setMethod(ZipEntry.DEFLATED);
                }
                out.putNextEntry(e);
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static boolean isCompressed(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".gif");
    }

    private static int compareNames(String a, String b) {
        return Comparator.comparingInt(ReproducibleZip::rank).thenComparing(Comparator.naturalOrder()).compare(a, b);
    }

    private static int rank(String name) {
        return switch (name) {
            case "[Content_Types].xml" -> 0;
            case "_rels/.rels" -> 1;
            default -> 2;
        };
    }
}
