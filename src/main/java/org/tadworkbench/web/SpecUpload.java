package org.tadworkbench.web;

import java.io.IOException;
import java.io.InputStream;
import org.tadworkbench.intake.IntakeException;
import org.tadworkbench.intake.SpecFormat;
import org.tadworkbench.intake.SpecIngest;
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
        return TemporaryUpload.read(content, "tad-spec-upload-", suffix, file ->
                SpecIngest.ingest(ws, file, fileName, new SpecIngest.Request(document, version, null, label, baseline)));
    }

    /** The file's name without any folder a browser sent with it, and without control characters. */
    static String fileName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        return name.isEmpty() ? "the uploaded file" : name;
    }
}
