package org.tadworkbench.ooxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What kind of container a file that should be an Office Open XML package really is. Office writes an encrypted
 * (password-protected) document and its 97-2003 formats (.doc, .xls) as OLE2 compound files, not ZIP packages; naming
 * which it is tells the user what to do instead of a bare "not a ZIP file".
 */
public enum OfficeContainer {
    /** A ZIP package: what .docx and .xlsx are. */
    ZIP,
    /** An OLE2 file holding an encrypted package: a password-protected .docx or .xlsx. */
    ENCRYPTED,
    /** Any other OLE2 file: a Word 97-2003 .doc, an Excel 97-2003 .xls. */
    LEGACY_OLE2,
    /** Neither. */
    OTHER;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP_ENTRY = {'P', 'K', 3, 4};

    public static OfficeContainer of(byte[] bytes) {
        if (startsWith(bytes, OLE2)) {
            return isEncrypted(bytes) ? ENCRYPTED : LEGACY_OLE2;
        }
        return startsWith(bytes, ZIP_ENTRY) ? ZIP : OTHER;
    }

    /** Reads the file whole only when it is an OLE2 file, to look for an encrypted package inside. */
    public static OfficeContainer of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(OLE2.length);
        }
        return of(startsWith(head, OLE2) ? Files.readAllBytes(file) : head);
    }

    // The signatures alone, not POI's FileMagic: loading POI costs a short command more than the check itself.
    private static boolean startsWith(byte[] bytes, byte[] signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (bytes[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A complete ZIP file ends with its "end of central directory" record, followed by a comment of at most 64 KB.
     * Reading a ZIP as a stream silently skips a cut-off part, so a package is checked for it before it is read.
     */
    public static boolean hasZipDirectory(byte[] bytes) {
        int recordLength = 22;
        int earliest = Math.max(0, bytes.length - recordLength - 0xFFFF);
        for (int at = bytes.length - recordLength; at >= earliest; at--) {
            if (bytes[at] == 'P' && bytes[at + 1] == 'K' && bytes[at + 2] == 5 && bytes[at + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    /** An encrypted package is an OLE2 container holding it under this name. */
    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
