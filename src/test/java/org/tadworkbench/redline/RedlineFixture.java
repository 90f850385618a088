package org.tadworkbench.redline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceReader;

/**
 * A copy of the reference workspace with a made-up 2.0 snapshot (the real one is being written elsewhere), built
 * from the 3.0 sections so that the differences are known exactly:
 * <ul>
 *   <li>4.2.3.1: 2.0 "signs the messages", 3.0 "signs the commands", and 3.0 adds a paragraph — changed;</li>
 *   <li>4.2.6 and 5.6 only in 3.0 — added;</li>
 *   <li>5.7 Message Versioning was 5.6 in 2.0, same text — renumbered;</li>
 *   <li>4.3.5 GSME mirroring was 4.2.7 in 2.0 (parent 4.2) — moved;</li>
 *   <li>2.0's 4.2.8 with a hostile title — removed;</li>
 *   <li>3.0's 1.1 gains a {@code <script>} — escaped in HTML.</li>
 * </ul>
 * Any 2.0 snapshot already in the reference workspace is replaced.
 */
final class RedlineFixture {

    static final String HOSTILE = "<script>alert('x')</script> & \"quoted\"";
    static final String REMOVED_TITLE = "Legacy <b>Gateway</b> & Data";

    private RedlineFixture() {
    }

    static Path workspace(Path tmp) throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Path versions = ws.resolve("versions");
        if (Files.exists(versions)) {
            try (Stream<Path> walk = Files.walk(versions)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Path sections = ws.resolve("sections");
        Path old = Files.createDirectories(ws.resolve("versions/2.0/sections"));
        List<Path> files;
        try (Stream<Path> list = Files.list(sections)) {
            files = list.sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (name.startsWith("4.2.6-") || name.startsWith("5.6-")) {
                continue;
            } else if (name.startsWith("5.7-")) {
                write(old.resolve(name.replace("5.7-", "5.6-")), text.replace("number: \"5.7\"", "number: \"5.6\""));
            } else if (name.startsWith("4.3.5-")) {
                write(old.resolve(name.replace("4.3.5-", "4.2.7-")), text.replace("number: \"4.3.5\"", "number: \"4.2.7\""));
            } else if (name.startsWith("4.2.3.1-")) {
                String v2 = text.replace("signs the commands", "signs the messages");
                v2 = v2.substring(0, v2.indexOf("\nVersion 3.0 adds")).stripTrailing() + "\n";
                write(old.resolve(name), v2);
            } else {
                write(old.resolve(name), text);
            }
            if (name.startsWith("1.1-")) {
                write(file, text.stripTrailing() + "\n\nBeware of " + HOSTILE + " in pasted text.\n");
            }
        }
        write(old.resolve("4.2.8-legacy-gateway-data.md"), """
                ---
                number: "4.2.8"
                title: "%s"
                applicability: both
                ---

                The legacy data gateway relayed meter readings over dial-up links until the DCC switched it off.
                """.formatted(REMOVED_TITLE.replace("\"", "\\\"")));
        return ws;
    }

    static Workspace read(Path ws) {
        ReadResult read = new WorkspaceReader().read(ws);
        return read.workspace();
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
