package org.tadworkbench.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Hand edits to a workspace's plan.yaml, as a person makes them, and where a line landed. */
final class PlanYamlEdits {

    private PlanYamlEdits() {
    }

    /** Replaces the text of plan.yaml from {@code from} up to (not including) {@code to} with {@code text}. */
    static void replace(Path ws, String from, String to, String text) throws IOException {
        Path plan = ws.resolve("plan.yaml");
        String yaml = Files.readString(plan);
        Files.writeString(plan, yaml.substring(0, yaml.indexOf(from)) + text + yaml.substring(yaml.indexOf(to)));
    }

    /** The 1-based line of plan.yaml holding {@code fragment}. */
    static int lineOf(Path ws, String fragment) throws IOException {
        List<String> lines = Files.readAllLines(ws.resolve("plan.yaml"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " not in plan.yaml");
    }
}
