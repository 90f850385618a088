package org.tadworkbench.word;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tadworkbench.ooxml.OfficeContainer;
import org.tadworkbench.ooxml.OoxmlException;
import org.tadworkbench.ooxml.OoxmlPackage;
import org.tadworkbench.word.internal.WordPackageReader;

/**
 * Reads a .docx file into a {@link WordDocument}.
 *
 * <p>The package is read directly with StAX (DTDs and external entities off, any DOCTYPE refused) rather than
 * through POI's XWPF: XWPF builds an XMLBeans object tree of the whole document, which for a 224-page specification
 * costs more JVM start-up and class loading than the whole ingest may take (1.5 s with JVM start), and it does not
 * compute the numbers Word displays anyway. POI is still used to recognise OLE2 files (encrypted, .doc).
 */
public final class WordReader {

    /** How to read tracked changes: accepted (Word's "No Markup" after Accept All, the default) or rejected. */
    public record Options(boolean acceptChanges) {
        public static final Options ACCEPTED = new Options(true);
        public static final Options REJECTED = new Options(false);
    }

    /** The largest Word file taken, as the issue of Word import sets it: a TAD with figures stays well below. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private final OoxmlPackage.Limits limits;

    public WordReader() {
        this(OoxmlPackage.Limits.DOCUMENTS);
    }

    public WordReader(OoxmlPackage.Limits limits) {
        this.limits = limits;
    }

    public WordDocument read(Path file, String displayName) throws WordFileException {
        return read(file, displayName, Options.ACCEPTED);
    }

    /** Reads {@code file}; every refusal names {@code displayName} and, where one is at fault, the part. */
    public WordDocument read(Path file, String displayName, Options options) throws WordFileException {
        OfficeContainer container;
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new WordFileException(displayName + " is empty, not a Word document");
            }
            if (size > MAX_FILE_BYTES) {
                throw new WordFileException(displayName + " is " + (size + 1024 * 1024 - 1) / (1024 * 1024)
                        + " MB; Word files over " + MAX_FILE_BYTES / (1024 * 1024) + " MB are refused");
            }
            container = OfficeContainer.of(file);
        } catch (IOException e) {
            throw new WordFileException(displayName + " cannot be read (" + e.getMessage() + ")", e);
        }
        switch (container) {
            case ENCRYPTED -> throw new WordFileException(displayName + " is encrypted (password-protected); "
                    + "save a copy without a password and use that");
            case LEGACY_OLE2 -> throw new WordFileException(displayName + " is a Word 97-2003 .doc (or another "
                    + "pre-2007 Office file), not a .docx; open it in Word and save it as a Word Document (.docx)");
            case OTHER -> throw new WordFileException(displayName + " is not a Word .docx file (a .docx is a ZIP "
                    + "package; this is not one)");
            case ZIP -> { }
        }
        try (OoxmlPackage pkg = OoxmlPackage.open(file, limits)) {
            return new WordPackageReader(pkg, options.acceptChanges()).read();
        } catch (OoxmlException e) {
            String where = e.part() == null ? displayName : displayName + ", part " + e.part() + ",";
            throw new WordFileException(where + " " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // A malformed part can still trip the parser in ways it does not declare; it is the file's fault.
            throw new WordFileException(displayName + " is damaged and cannot be read (" + e + ")", e);
        }
    }
}
