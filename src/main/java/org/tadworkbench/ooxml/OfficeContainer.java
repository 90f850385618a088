package org.tadworkbench.ooxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.FileMagic;
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

    public static OfficeContainer of(byte[] bytes) {
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            return isEncrypted(bytes) ? ENCRYPTED : LEGACY_OLE2;
        }
        return magic == FileMagic.OOXML ? ZIP : OTHER;
    }

    public static OfficeContainer of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (FileMagic.valueOf(head) == FileMagic.OLE2) {
            return of(Files.readAllBytes(file));
        }
        return of(head);
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
