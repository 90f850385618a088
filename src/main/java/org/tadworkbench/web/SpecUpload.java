package org.tadworkbench.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.tadworkbench.intake.IntakeException;
import org.tadworkbench.intake.SpecFormat;
import org.tadworkbench.intake.SpecIngest;
import org.tadworkbench.spec.SpecRegister;
import org.tadworkbench.spec.SpecStatus;
import org.tadworkbench.spec.SpecVersion;
import org.tadworkbench.spec.Specification;
import org.tadworkbench.workspace.Workspace;

/**
 * A specification version uploaded in the browser, read by {@link SpecIngest} exactly as {@code tad spec ingest}
 * reads a file (the form from the file's extension, the 50 MB limit, the reader's refusals); nothing is stored here.
 */
final class SpecUpload {

    private SpecUpload() {
    }

    /**
     * Reads {@code content} (the upload, named {@code fileName} by the browser) as {@code version} of
     * {@code document} into {@code ws}; a version new to the register gets {@code label}, the status draft and, when
     * given, the release {@code baseline}. Refused with the reader's message when the file is not a specification it can read.
     */
    static SpecIngest.Outcome read(Workspace ws, InputStream content, String fileName, String document, String version,
                                   String label, String baseline) throws IntakeException, IOException {
        String suffix = SpecFormat.ofFileName(fileName).map(f -> "." + f.word()).orElse(".upload");
        Path file = Files.createTempFile("tad-spec-upload-", suffix);
        try {
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            SpecIngest.Outcome outcome = SpecIngest.ingest(ws, file, fileName,
                    new SpecIngest.Request(document, version, null, label));
            if (!outcome.addedVersion()) {
                return outcome;
            }
            // A version new to the register is a draft until someone says otherwise (the register needs a status),
            // in the release baseline the form named, if any.
            SpecRegister register = outcome.workspace().specs();
            List<Specification> specs = register.specs().stream().map(spec -> !spec.id().equals(document) ? spec
                    : new Specification(spec.id(), spec.title(), spec.kind(), spec.designation(), spec.appendix(), spec.note(),
                    spec.versions().stream().map(v -> !v.version().equals(version) ? v
                            : new SpecVersion(v.version(), v.label(), baseline != null ? baseline : v.baseline(),
                            v.status() != null ? v.status() : SpecStatus.DRAFT, v.note())).toList())).toList();
            return new SpecIngest.Outcome(outcome.workspace().withSpecs(register.withSpecs(specs)), outcome.tree(),
                    outcome.format(), outcome.read(), outcome.addedDocument(), outcome.addedVersion(), outcome.replaced());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The file's name without any folder a browser sent with it, and without control characters. */
    static String fileName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        return name.isEmpty() ? "the uploaded file" : name;
    }
}
