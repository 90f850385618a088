package org.tadworkbench.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.workspace.Finding;

/**
 * What a build checked and wrote: the findings (warnings only, when it got as far as writing) and each output
 * with its size and SHA-256. Holds no time of day, so an unchanged rebuild gives an identical report.
 */
public record BuildReport(String workspace, String version, String variant, LintReport checks, List<Output> outputs) {

    /** One written file, relative to the build folder. */
    public record Output(String format, String file, long bytes, String sha256) {
    }

    public BuildReport {
        outputs = List.copyOf(outputs);
    }

    /** The report as text: one {@code path:line: level: message} line per finding, then the outputs. */
    public String text(String workspacePrefix) {
        StringBuilder text = new StringBuilder();
        text.append("TAD build report\nworkspace: ").append(workspace).append("\nversion: ").append(version)
                .append("\nvariant: ").append(variant).append("\n\nchecks: ").append(checks.errors()).append(" error(s), ")
                .append(checks.warnings()).append(" warning(s)\n");
        for (Finding finding : checks.findings()) {
            text.append(finding.format(workspacePrefix)).append('\n');
        }
        text.append("\noutputs:\n");
        for (Output output : outputs) {
            text.append(String.format(Locale.ROOT, "%-5s %s %d bytes sha256:%s%n", output.format(), output.file(),
                    output.bytes(), output.sha256()));
        }
        return text.toString();
    }

    /** The same as a tree of maps and lists, for JSON. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("workspace", workspace);
        map.put("version", version);
        map.put("variant", variant);
        map.put("errors", checks.errors());
        map.put("warnings", checks.warnings());
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : checks.findings()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("file", f.file());
            item.put("line", f.line());
            item.put("level", f.level().name().toLowerCase(Locale.ROOT));
            item.put("code", f.code());
            item.put("message", f.message());
            findings.add(item);
        }
        map.put("findings", findings);
        map.put("outputs", outputs.stream().map(o -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("format", o.format());
            item.put("file", o.file());
            item.put("bytes", o.bytes());
            item.put("sha256", o.sha256());
            return item;
        }).toList());
        return map;
    }
}
