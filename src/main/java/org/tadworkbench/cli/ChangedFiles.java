package org.tadworkbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ThreadLocalRandom;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceWriter;

/**
 * Writes back only the files a command changed: both workspaces are rendered in canonical form and the files
 * whose text differs (or that are new) are written, each to a temporary file first and then moved into place, so an
 * interrupted command never leaves a half-written file. Files the command removed are deleted.
 */
final class ChangedFiles {

    private ChangedFiles() {
    }

    /** The paths written or deleted, relative to the workspace, in path order. */
    static List<String> write(Path workspace, Workspace before, Workspace after) throws IOException {
        WorkspaceWriter writer = new WorkspaceWriter();
        SortedMap<String, String> old = writer.render(before);
        SortedMap<String, String> now = writer.render(after);
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> file : now.entrySet()) {
            if (!file.getValue().equals(old.get(file.getKey()))) {
                replace(workspace.resolve(file.getKey()), file.getValue().getBytes(StandardCharsets.UTF_8));
                changed.add(file.getKey());
            }
        }
        for (String gone : old.keySet()) {
            if (!now.containsKey(gone)) {
                Files.deleteIfExists(workspace.resolve(gone));
                changed.add(gone);
            }
        }
        return changed;
    }

    /**
     * Writes {@code content} to {@code target} through a temporary file beside it, so a reader never sees half a file.
     * The temporary file is created as any file is (the user's umask), not private as {@code createTempFile} makes it.
     */
    static void replace(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = folder.resolve(".tad-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
        try {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
