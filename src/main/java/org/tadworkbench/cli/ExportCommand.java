package org.tadworkbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.tadworkbench.store.WorkspaceStore;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tad export --out WS}: writes a stored workspace back to files, in canonical form. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a workspace from the database to a folder, in the canonical file form.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--out", required = true, paramLabel = "WS", description = "Folder to write; must be absent or empty.")
    Path out;

    @Option(names = "--workspace", paramLabel = "ID", description = "Which stored workspace (needed only when several are stored).")
    String id;

    @Override
    public Integer call() throws IOException {
        WorkspaceStore store = new WorkspaceStore(database.open());
        List<String> ids = store.workspaceIds();
        if (ids.isEmpty()) {
            spec.commandLine().getErr().println("tad: the database at " + database.url() + " holds no workspace; run tad import first");
            return 1;
        }
        if (id == null && ids.size() > 1) {
            spec.commandLine().getErr().println("tad: several workspaces are stored (" + String.join(", ", ids) + "); choose one with --workspace");
            return 2;
        }
        String chosen = id == null ? ids.get(0) : id;
        Workspace workspace = store.load(chosen).orElse(null);
        if (workspace == null) {
            spec.commandLine().getErr().println("tad: no stored workspace '" + chosen + "' (stored: " + String.join(", ", ids) + ")");
            return 1;
        }
        if (Files.exists(out) && !isEmptyFolder(out)) {
            spec.commandLine().getErr().println("tad: " + out + " exists and is not empty; choose a new folder");
            return 1;
        }
        int files = new WorkspaceWriter().write(workspace, out);
        spec.commandLine().getOut().println("exported " + chosen + " to " + out + ": " + files + " files");
        return 0;
    }

    private static boolean isEmptyFolder(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        }
    }
}
