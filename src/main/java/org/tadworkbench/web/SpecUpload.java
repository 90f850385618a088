package org.tadworkbench.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.tadworkbench.intake.Ingested;
import org.tadworkbench.intake.IntakeException;
import org.tadworkbench.intake.SpecFormat;
import org.tadworkbench.intake.SpecReaders;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecRegister;
import org.tadworkbench.spec.SpecStatus;
import org.tadworkbench.spec.SpecVersion;
import org.tadworkbench.spec.Specification;

/**
 * A specification version uploaded in the browser, read as {@code tad spec ingest} reads a file: the format from the
 * file's extension, the reader for that format, nothing stored until the whole file has been read.
 */
final class SpecUpload {

    /** The largest file taken in, as on the command line. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private SpecUpload() {
    }

    /** The version read: its clause tree and the reader's report (tables kept, what could not be placed). */
    record Read(ClauseTree tree, Ingested report) {
    }

    /**
     * Reads {@code content} (the upload, named {@code fileName} by the browser) as version {@code version} of
     * {@code document}; refused with the reader's message when the file is not a specification it can read.
     */
    static Read read(InputStream content, String fileName, String document, String version) throws IntakeException, IOException {
        SpecFormat format = SpecFormat.ofFileName(fileName).orElseThrow(() -> new IntakeException(fileName
                + ": not a form a specification is read from. Upload a Word (.docx), PDF (.pdf), HTML (.html, .htm), "
                + "Markdown (.md) or plain text (.txt) file."));
        Path file = Files.createTempFile("tad-spec-upload-", "." + format.word());
        try {
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            Ingested ingested = SpecReaders.of(format).read(file, fileName);
            if (ingested.clauses().isEmpty()) {
                throw new IntakeException(fileName + ": no clause was found (no heading the " + format.word()
                        + " reader recognises), so there is nothing to store.");
            }
            return new Read(new ClauseTree(document, version, fileName + " (" + format.word() + ")", ingested.clauses()),
                    ingested);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The register with {@code read} stored as the text of its version, the version added to its document's entry
     * (as a draft, with {@code label} and {@code baseline}) when the register does not list it yet.
     */
    static SpecRegister store(SpecRegister register, ClauseTree tree, String label, String baseline) {
        List<Specification> specs = new ArrayList<>();
        for (Specification spec : register.specs()) {
            if (spec.id().equals(tree.document()) && spec.versions().stream().noneMatch(v -> v.version().equals(tree.version()))) {
                List<SpecVersion> versions = new ArrayList<>(spec.versions());
                versions.add(new SpecVersion(tree.version(), label, baseline, SpecStatus.DRAFT, null));
                spec = new Specification(spec.id(), spec.title(), spec.kind(), spec.designation(), spec.appendix(),
                        spec.note(), versions);
            }
            specs.add(spec);
        }
        return register.withSpecs(specs).withText(tree);
    }

    /** The file's name without any folder a browser sent with it, and without control characters. */
    static String fileName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        return name.isEmpty() ? "the uploaded file" : name;
    }
}
