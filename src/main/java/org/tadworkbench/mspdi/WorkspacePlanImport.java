package org.tadworkbench.mspdi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceFiles;
import org.tadworkbench.workspace.WorkspaceWriter;

/**
 * Imports a project file into a workspace's plan.yaml, and only plan.yaml: the updated plan is written into a
 * scratch copy of the workspace and linted there; the workspace's own plan.yaml is replaced (atomically) only when
 * that copy lints clean, so a file that would break the workspace leaves it untouched.
 */
public final class WorkspacePlanImport {

    /**
     * What happened: the imported plan and the reader's warnings, the lint of the updated workspace (its paths are
     * relative to the workspace), and whether plan.yaml was written.
     */
    public record Outcome(MspdiImport imported, LintReport lint, boolean written, Path planFile) {
    }

    private WorkspacePlanImport() {
    }

    /** Reads {@code file} against the workspace {@code ws} read from {@code dir}, checks and maybe writes plan.yaml. */
    public static Outcome apply(Path dir, Workspace ws, Path file) throws MspdiImportException, IOException {
        MspdiImport imported = MspdiImporter.read(file, ws.plan());
        Plan plan = imported.plan();
        Workspace updated = new Workspace(ws.manifest(), ws.sections(), ws.glossary(), ws.references(), ws.specs(),
                ws.releases(), plan, ws.raid(), ws.model(), ws.traces(), ws.snapshots());
        String yaml = new WorkspaceWriter().render(updated).get(WorkspaceFiles.PLAN);
        if (yaml == null) {
            throw new MspdiImportException(file.getFileName() + ": the project has no plan to import");
        }
        Path scratch = Files.createTempDirectory("tad-plan-import");
        LintReport lint;
        try {
            copy(dir, scratch);
            Files.writeString(scratch.resolve(WorkspaceFiles.PLAN), yaml, StandardCharsets.UTF_8);
            lint = new WorkspaceLinter().lint(scratch);
        } finally {
            delete(scratch);
        }
        Path target = dir.resolve(WorkspaceFiles.PLAN);
        if (!lint.clean()) {
            return new Outcome(imported, lint, false, target);
        }
        Path temp = Files.createTempFile(dir, ".plan", ".yaml.tmp");
        try {
            Files.writeString(temp, yaml, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return new Outcome(imported, lint, true, target);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path destination = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(destination);
                } else if (Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
