package org.tadworkbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.WorkspaceFiles;
import org.tadworkbench.workspace.WorkspaceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tad fmt WORKSPACE}: rewrites a workspace in the canonical form that export produces. */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = "Rewrite a workspace's files in canonical form (what export writes), so that import then "
                + "export reproduces it byte for byte. Refuses a workspace with lint errors.")
final class FormatCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WORKSPACE", description = "The workspace folder.")
    Path workspace;

    @Option(names = "--check", description = "Change nothing; list the files that are not canonical and exit 1 if any.")
    boolean check;

    @Override
    public Integer call() throws IOException {
        ReadResult read = CleanWorkspace.read(workspace, spec).orElse(null);
        if (read == null) {
            return 1;
        }
        List<String> changed = new ArrayList<>();
        Map<String, String> canonical = new WorkspaceWriter().render(read.workspace());
        for (Path stale : staleSectionFiles(canonical)) {
            changed.add(workspace.relativize(stale).toString().replace('\\', '/') + " (renamed)");
            if (!check) {
                Files.delete(stale);
            }
        }
        for (Map.Entry<String, String> file : canonical.entrySet()) {
            Path path = workspace.resolve(file.getKey());
            if (!Files.exists(path) || !Files.readString(path, StandardCharsets.UTF_8).equals(file.getValue())) {
                changed.add(file.getKey());
                if (!check) {
                    Files.createDirectories(path.getParent());
                    Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
                }
            }
        }
        changed.forEach(name -> spec.commandLine().getOut().println((check ? "not canonical: " : "rewrote: ") + name));
        return check && !changed.isEmpty() ? 1 : 0;
    }

    /** Section files whose name is not the canonical one: fmt writes the section under its canonical name instead. */
    private List<Path> staleSectionFiles(Map<String, String> canonical) throws IOException {
        Path sections = workspace.resolve(WorkspaceFiles.SECTIONS_DIR);
        if (!Files.isDirectory(sections)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(sections)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md"))
                    .filter(f -> !canonical.containsKey(WorkspaceFiles.SECTIONS_DIR + "/" + f.getFileName()))
                    .sorted().toList();
        }
    }
}
