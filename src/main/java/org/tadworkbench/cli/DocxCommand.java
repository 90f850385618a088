package org.tadworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.spec.SpecRegister;
import org.tadworkbench.word.WordFileException;
import org.tadworkbench.wordimport.EarlierVersion;
import org.tadworkbench.wordimport.WordImport;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tad docx ...}: Word files in. */
@Command(name = "docx", mixinStandardHelpOptions = true, description = "Bring Word (.docx) files into a workspace.",
        subcommands = DocxCommand.Import.class)
final class DocxCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required (import)");
    }

    /** {@code tad docx import FILE (--out WS | --into WS --as-version V) [--changes accept|reject] [--json]}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Read a TAD kept in Word into a new workspace (--out), or into an existing workspace as the text "
                    + "of an earlier version (--into with --as-version), so that `tad diff --from V` compares the draft "
                    + "with it. A section per heading, numbered as Word shows it (unnumbered headings numbered in order), "
                    + "bodies as Markdown with tables (HTML where cells merge), footnotes and links; the title and version "
                    + "from the title page or document control table, else version 1.0, a draft dated from the file's "
                    + "properties. The table of contents, page headers and footers are left out. "
                    + "Exit codes: 0 imported, 1 the file cannot be read or the target is refused (nothing is written), 2 usage.")
    static final class Import implements Callable<Integer> {

        enum Changes { accept, reject }

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The Word file (.docx).")
        Path file;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        static final class Target {
            @Option(names = "--out", paramLabel = "WS", description = "A new workspace folder (must not exist or be empty).")
            Path out;

            @Option(names = "--into", paramLabel = "WS", description = "An existing workspace; needs --as-version.")
            Path into;
        }

        @Option(names = "--as-version", paramLabel = "V", description = "With --into: the earlier version the file holds, e.g. 2.0.")
        String asVersion;

        @Option(names = "--changes", paramLabel = "accept|reject", defaultValue = "accept",
                description = "Tracked changes: accept (the default, as after Word's Accept All) or reject.")
        Changes changes;

        @Option(names = "--json", description = "Print what was read as JSON.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            if (target.into != null && asVersion == null) {
                throw new ParameterException(spec.commandLine(), "--into needs --as-version V");
            }
            if (target.out != null && asVersion != null) {
                throw new ParameterException(spec.commandLine(), "--as-version goes with --into, not --out");
            }
            if (!Files.isRegularFile(file)) {
                err.println("tad docx import: " + file + ": no such file");
                return 1;
            }
            if (target.out != null && Files.exists(target.out) && !isEmptyFolder(target.out)) {
                err.println("tad docx import: " + target.out + " already exists and is not an empty folder (nothing written)");
                return 1;
            }
            WordImport.Imported imported;
            try {
                imported = new WordImport().read(file, file.getFileName().toString(), changes == Changes.accept,
                        target.out != null ? "figures" : "figures/" + asVersion.strip());
            } catch (WordFileException e) {
                err.println("tad docx import: " + e.getMessage() + " (nothing written)");
                return 1;
            }
            List<String> written;
            if (target.out != null) {
                written = writeNew(imported, target.out);
            } else {
                ReadResult read = CleanWorkspace.read(target.into, spec).orElse(null);
                if (read == null) {
                    return 1;
                }
                Workspace after;
                try {
                    after = EarlierVersion.store(read.workspace(), imported, asVersion);
                } catch (IllegalArgumentException e) {
                    err.println("tad docx import: " + e.getMessage() + " (nothing written)");
                    return 1;
                }
                written = new java.util.ArrayList<>(ChangedFiles.write(target.into, read.workspace(), after));
                written.addAll(writeFigures(after, imported, target.into));
            }
            report(imported, written);
            return 0;
        }

        private void report(WordImport.Imported imported, List<String> written) {
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("sections", imported.sections().size());
                o.put("tables", imported.tables());
                o.put("figures", imported.figures());
                o.put("footnotes", imported.footnotes());
                o.put("comments", imported.comments());
                o.put("trackedChanges", imported.trackedChanges());
                o.put("unmapped", imported.unmapped());
                out.println(Json.write(o));
                return;
            }
            out.println("imported " + file.getFileName() + (target.out != null ? " as version " + imported.version() : " as version " + asVersion.strip())
                    + ": " + imported.sections().size() + " sections, " + imported.tables() + " tables, "
                    + imported.footnotes() + " footnotes, " + imported.trackedChanges() + " tracked changes ("
                    + changes + "ed), " + imported.comments() + " comments");
            if (!imported.unmapped().isEmpty()) {
                out.println("not imported as such:");
                imported.unmapped().forEach(u -> out.println("  " + u));
            }
            out.println("wrote " + written.size() + " file(s) to " + (target.out != null ? target.out : target.into));
        }

        /** Writes the new workspace into a folder beside {@code out} and moves it into place, so a failure leaves nothing. */
        private static List<String> writeNew(WordImport.Imported imported, Path out) throws IOException {
            Workspace ws = new Workspace(imported.manifest(), imported.sections(), imported.glossary(), imported.references(), SpecRegister.empty(),
                    List.of(), Plan.empty(), RaidLog.empty(), ArchitectureModel.empty(), List.of(), List.of())
                    .withPictures(imported.pictures());
            Path absolute = out.toAbsolutePath().normalize();
            Path parent = absolute.getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempDirectory(parent, "." + absolute.getFileName() + "-");
            try {
                WorkspaceWriter writer = new WorkspaceWriter();
                writer.write(ws, temp);
                if (Files.exists(absolute)) {
                    Files.delete(absolute); // empty, checked above
                }
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
                List<String> files = new java.util.ArrayList<>(writer.render(ws).keySet());
                files.addAll(imported.figureFiles().keySet());
                return files;
            } finally {
                if (Files.exists(temp)) {
                    try (Stream<Path> paths = Files.walk(temp)) {
                        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
            }
        }

        /** The version's pictures: the file's written, those of an earlier import of the version that it lacks removed. */
        private List<String> writeFigures(Workspace after, WordImport.Imported imported, Path dir) throws IOException {
            WorkspaceWriter.writePictures(imported.pictures(), dir);
            Path folder = dir.resolve(org.tadworkbench.document.Picture.FOLDER + asVersion.strip());
            if (Files.isDirectory(folder)) {
                try (Stream<Path> old = Files.list(folder)) {
                    for (Path p : old.filter(Files::isRegularFile).toList()) {
                        String path = dir.relativize(p).toString().replace('\\', '/');
                        if (after.picture(path).isEmpty() && org.tadworkbench.document.Picture.isPicturePath(path)) {
                            Files.delete(p);
                        }
                    }
                }
            }
            return List.copyOf(imported.figureFiles().keySet());
        }

        private static boolean isEmptyFolder(Path dir) throws IOException {
            if (!Files.isDirectory(dir)) {
                return false;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                return entries.findAny().isEmpty();
            }
        }
    }
}
