package org.tadworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tadworkbench.mspdi.PlanChanges;
import org.tadworkbench.mspdi.PlanChanges.Change;
import org.tadworkbench.mspdi.PlanChanges.Kind;
import org.tadworkbench.mspdi.WorkspacePlanImport.Preview;

/** How {@code tad plan --import} tells what a file would change: alarms first, then counts, then each change. */
final class PlanImportReport {

    private static final List<String> ITEMS = List.of("task", "resource", "milestone", "actual");

    private PlanImportReport() {
    }

    static void print(PrintWriter out, Path file, Preview preview) {
        PlanChanges changes = preview.changes();
        var plan = preview.plan();
        out.println(file.getFileName() + ": " + plan.activities().size() + " tasks, " + plan.resources().size()
                + " resources, " + plan.activities().stream().mapToInt(a -> a.assignments().size()).sum()
                + " assignments, " + plan.activities().stream().mapToInt(a -> a.dependencies().size()).sum()
                + " dependencies, " + plan.actuals().size() + " actuals");
        for (String alarm : changes.alarms()) {
            out.println("WARNING: " + alarm);
        }
        if (changes.isEmpty()) {
            out.println("No change to the plan.");
        } else {
            out.println("Changes to plan.yaml:");
            for (String item : ITEMS) {
                String counts = String.join(", ", java.util.Arrays.stream(Kind.values())
                        .filter(k -> changes.count(item, k) > 0)
                        .map(k -> changes.count(item, k) + " " + k.word()).toList());
                if (!counts.isEmpty()) {
                    out.println("  " + item + "s: " + counts);
                }
            }
            for (Change c : changes.changes()) {
                out.println("  " + c.kind().word() + " " + c.item() + " " + c.id() + (c.name().equals(c.id()) ? ""
                        : " '" + c.name() + "'") + (c.details().isEmpty() ? "" : ": " + String.join("; ", c.details())));
            }
        }
        List<String> notes = preview.imported().warnings();
        if (!notes.isEmpty()) {
            out.println("Not kept in the plan (" + notes.size() + "):");
            notes.forEach(n -> out.println("  " + n));
        }
    }

    static Map<String, Object> asJson(Path file, Preview preview, boolean apply) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", String.valueOf(file.getFileName()));
        json.put("applied", apply && preview.clean());
        json.put("lintClean", preview.clean());
        json.put("tasks", preview.plan().activities().size());
        json.put("resources", preview.plan().resources().size());
        json.put("alarms", preview.changes().alarms());
        json.put("changes", preview.changes().changes().stream().map(c -> {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("item", c.item());
            j.put("change", c.kind().word());
            j.put("id", c.id());
            j.put("name", c.name());
            j.put("details", c.details());
            return j;
        }).toList());
        json.put("notKept", preview.imported().warnings());
        return json;
    }
}
