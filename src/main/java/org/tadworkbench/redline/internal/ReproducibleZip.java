package org.tadworkbench.redline.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Rewrites a zip (an OOXML package) with fixed entry times and no extra fields, so equal content gives equal bytes. */
public final class ReproducibleZip {

    private ReproducibleZip() {
    }

    public static byte[] normalise(byte[] zip, LocalDateTime time) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                out.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTimeLocal(time);
                    copy.setMethod(ZipEntry.DEFLATED);
                    out.putNextEntry(copy);
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
