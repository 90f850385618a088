package org.tadworkbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tadworkbench.review.ReviewException;
import org.tadworkbench.workspace.NextDraft;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.WorkspaceFiles;
import org.tadworkbench.workspace.WorkspaceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tad versions}: the versions of a workspace's document; {@code new} starts the next draft from the live one. */
@Command(name = "versions", mixinStandardHelpOptions = true, description = "The versions of a workspace's document.",
        subcommands = VersionsCommand.NewVersion.class)
final class VersionsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code tad versions new WS [--from 3.0] [--as 3.1]}. */
    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Start the next draft from the live version: keep the live version's text, model, glossary and "
                    + "references under versions/<live>/ and open a new draft version in workspace.yaml. Refused "
                    + "(exit 1, with the reason) when a newer version is already being drafted. Exit codes: 0 opened, "
                    + "1 refused or the workspace has errors, 2 usage.")
    static final class NewVersion implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "WORKSPACE", description = "The workspace folder.")
        Path workspace;

        @Option(names = "--from", paramLabel = "VERSION", description = "The live version to start from (default: the live one).")
        String from;

        @Option(names = "--as", paramLabel = "VERSION", description = "The new version's number (default: the next minor, 3.0 gives 3.1).")
        String as;

        @Option(names = "--json", description = "Print what was opened as JSON.")
        boolean json;

        /** Today, for the new draft's date; tests set it. */
        Clock clock = Clock.systemDefaultZone();

        @Override
        public Integer call() throws IOException {
            ReadResult read = CleanWorkspace.read(workspace, spec).orElse(null);
            if (read == null) {
                return 1;
            }
            NextDraft.Opened opened;
            try {
                opened = NextDraft.open(read.workspace(), from, as, LocalDate.now(clock));
            } catch (ReviewException e) {
                spec.commandLine().getErr().println("tad versions new: refused: " + e.getMessage());
                return 1;
            }
            String snapshotFolder = "versions/" + opened.snapshot().version() + "/";
            List<String> written = new ArrayList<>();
            // Only workspace.yaml and the new snapshot change; every other file stays as it is.
            for (Map.Entry<String, String> file : new WorkspaceWriter().render(opened.workspace()).entrySet()) {
                if (file.getKey().equals(WorkspaceFiles.MANIFEST) || file.getKey().startsWith(snapshotFolder)) {
                    Path path = workspace.resolve(file.getKey());
                    Files.createDirectories(path.getParent());
                    Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
                    written.add(file.getKey());
                }
            }
            WorkspaceWriter.writePictures(opened.pictures(), workspace);
            opened.pictures().forEach(p -> written.add(p.path()));
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("from", opened.snapshot().version());
                out.put("opened", opened.version().version());
                out.put("date", opened.version().date().toString());
                out.put("snapshot", snapshotFolder);
                out.put("files", written);
                spec.commandLine().getOut().println(Json.write(out));
            } else {
                spec.commandLine().getOut().println("opened draft version " + opened.version().version() + " from live version "
                        + opened.snapshot().version() + "; its text, model, glossary and references are kept under "
                        + snapshotFolder + " (" + written.size() + " files written)");
            }
            return 0;
        }
    }
}
