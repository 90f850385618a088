package org.tadworkbench.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecKind;
import org.tadworkbench.spec.SpecRegister;
import org.tadworkbench.spec.SpecStatus;
import org.tadworkbench.spec.SpecVersion;
import org.tadworkbench.spec.Specification;
import org.tadworkbench.workspace.Workspace;

/**
 * Reads one version of a specification into a workspace (the command line's {@code tad spec ingest} and the browser's
 * upload): picks the reader for the file's form, refuses what cannot be read safely, and returns the workspace with the
 * version's clause tree, the document and the version added to the register when they were missing. Nothing is
 * written here: the caller stores the result, so a refused file leaves the workspace as it was.
 */
public final class SpecIngest {

    /** Uploads and files larger than this are refused before any reading. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private SpecIngest() {
    }

    /**
     * Which version of which document, read from what. {@code format} null: from the file name's extension;
     * {@code label} and {@code baseline} (a release baseline id) are given to the version when it is new to the register.
     */
    public record Request(String document, String version, SpecFormat format, String label, String baseline) {
    }

    /**
     * What the ingest did: the workspace after it, the clause tree, what the reader reported, whether the document
     * or the version was new to the register, and whether an earlier ingest of the same version was replaced.
     */
    public record Outcome(Workspace workspace, ClauseTree tree, SpecFormat format, Ingested read, boolean addedDocument,
                          boolean addedVersion, boolean replaced) {
    }

    /** What reading the file gave, before it is put in any workspace. */
    public record Read(SpecFormat format, Ingested ingested) {
    }

    public static Outcome ingest(Workspace ws, Path file, String displayName, Request request) throws IntakeException {
        return apply(ws, read(file, displayName, request), displayName, request);
    }

    /**
     * Reads the file (names, format and size checked first). Needs no workspace, so the command line reads the file
     * on one core while it reads and lints the workspace on the other.
     */
    public static Read read(Path file, String displayName, Request request) throws IntakeException {
        checkName(request.document(), "document id");
        checkName(request.version(), "version");
        SpecFormat format = Optional.ofNullable(request.format()).or(() -> SpecFormat.ofFileName(displayName))
                .orElseThrow(() -> new IntakeException(displayName + ": cannot tell the file's format from its name; "
                        + "give it (docx, pdf, html, md or txt)"));
        checkSize(file, displayName);
        Ingested read = SpecReaders.of(format).read(file, displayName);
        if (read.clauses().isEmpty()) {
            throw new IntakeException(displayName + ": no headings found, so there are no clauses to keep (is it the "
                    + "specification, and in the format named?)");
        }
        return new Read(format, read);
    }

    /** The workspace with what was read: the version's clause tree, and the document and version in the register. */
    public static Outcome apply(Workspace ws, Read read, String displayName, Request request) {
        ClauseTree tree = new ClauseTree(request.document(), request.version(), displayName + " (" + read.format().word() + ")",
                read.ingested().clauses());
        SpecRegister register = ws.specs();
        boolean replaced = register.text(request.document(), request.version()).isPresent();
        Optional<Specification> known = register.spec(request.document());
        boolean addedVersion = known.map(s -> s.versions().stream().noneMatch(v -> v.version().equals(request.version())))
                .orElse(true);
        List<Specification> specs = new ArrayList<>(register.specs());
        if (known.isEmpty()) {
            // The register needs a kind; a document it did not know is filed as a supporting document until a drafter
            // gives it its title, kind and designation, which the note asks for.
            specs.add(new Specification(request.document(), request.document(), SpecKind.SUPPORTING_DOCUMENT, null, null,
                    "added when version " + request.version() + " was ingested from " + displayName
                            + "; give it its title, kind and designation", List.of(newVersion(request, displayName))));
        } else if (addedVersion) {
            Specification spec = known.get();
            List<SpecVersion> versions = new ArrayList<>(spec.versions());
            versions.add(newVersion(request, displayName));
            specs.set(specs.indexOf(spec), new Specification(spec.id(), spec.title(), spec.kind(), spec.designation(),
                    spec.appendix(), spec.note(), versions));
        }
        Workspace after = ws.withSpecs(register.withSpecs(specs).withText(tree));
        return new Outcome(after, tree, read.format(), read.ingested(), known.isEmpty(), addedVersion, replaced);
    }

    private static SpecVersion newVersion(Request request, String displayName) {
        // A version read in from a file is taken as a draft until the register says it was designated or baselined.
        return new SpecVersion(request.version(), request.label(), request.baseline(), SpecStatus.DRAFT,
                "ingested from " + displayName);
    }

    private static void checkName(String name, String what) throws IntakeException {
        if (!ClauseTree.isSafeName(name)) {
            throw new IntakeException("the " + what + " '" + name + "' cannot name a folder: use letters, digits, dots, "
                    + "dashes and underscores only (it becomes specs/<document>/<version>/)");
        }
    }

    private static void checkSize(Path file, String displayName) throws IntakeException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IntakeException(displayName + ": " + (size >> 20) + " MB is over the limit of "
                        + (MAX_BYTES >> 20) + " MB for a specification file");
            }
            if (size == 0) {
                throw new IntakeException(displayName + ": the file is empty");
            }
        } catch (IOException e) {
            throw new IntakeException(displayName + ": cannot read the file: " + e.getMessage(), e);
        }
    }
}
