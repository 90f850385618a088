package org.tadworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.workspace.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tad lint WORKSPACE}: validates every file of a workspace and their consistency. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check a workspace: schema, outline, references, impact rows, plan, terminology.%n"
                + "Prints path:line: level: message per finding. Exit 0 clean (warnings allowed), 1 errors, 2 usage.")
final class LintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WORKSPACE", description = "The workspace folder.")
    Path workspace;

    @Option(names = "--json", description = "Report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        LintReport report = new WorkspaceLinter().lint(workspace, CleanWorkspace.reader(false));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(asJson(workspace, report)));
        } else {
            print(out, workspace, report);
        }
        return report.clean() ? 0 : 1;
    }

    static void print(PrintWriter out, Path workspace, LintReport report) {
        String prefix = workspace.toString().endsWith("/") ? workspace.toString() : workspace + "/";
        for (Finding finding : report.findings()) {
            out.println(finding.format(prefix));
        }
        out.println(workspace + ": " + report.errors() + " error(s), " + report.warnings() + " warning(s)");
    }

    static Map<String, Object> asJson(Path workspace, LintReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("workspace", workspace.toString());
        json.put("errors", report.errors());
        json.put("warnings", report.warnings());
        List<Map<String, Object>> findings = report.findings().stream().map(f -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("file", f.file());
            item.put("line", f.line());
            item.put("level", f.level().name().toLowerCase());
            item.put("code", f.code());
            item.put("message", f.message());
            return item;
        }).toList();
        json.put("findings", findings);
        return json;
    }
}
