package org.tadworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecClause;
import org.tadworkbench.workspace.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tad spec clauses WS DOC:V [--json] [--text]}. */
@Command(name = "clauses", mixinStandardHelpOptions = true,
        description = "The clause tree of an ingested specification version, in document order. "
                + "Exit codes: 0 listed, 1 the version has not been ingested or the workspace has errors, 2 usage.")
final class SpecClausesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace folder.")
    Path workspace;

    @Parameters(index = "1", paramLabel = "DOC:VERSION", converter = SpecVersionRef.Converter.class,
            description = "The version, e.g. DUIS:3.0d3.")
    SpecVersionRef version;

    @Option(names = "--json", description = "Print {\"clauses\":[{\"number\",\"title\",\"level\",\"text\",\"source\"}]}.")
    boolean json;

    @Option(names = "--text", description = "Print each clause's text under its heading.")
    boolean text;

    @Override
    public Integer call() {
        ReadResult read = CleanWorkspace.read(workspace, spec).orElse(null);
        if (read == null) {
            return 1;
        }
        ClauseTree tree = version.text(read.workspace()).orElse(null);
        if (tree == null) {
            spec.commandLine().getErr().println("tad spec clauses: " + version.notIngested(read.workspace()));
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(Map.of("clauses", tree.clauses().stream().map(SpecClausesCommand::json).toList())));
            return 0;
        }
        out.println(version + ": " + tree.clauses().size() + " clauses, read from " + tree.origin());
        for (SpecClause clause : tree.clauses()) {
            String indent = "  ".repeat(Math.max(0, clause.level() - 1));
            out.println(indent + clause.label());
            if (text && !clause.text().isEmpty()) {
                clause.text().lines().forEach(line -> out.println(indent + "    " + line));
            }
        }
        return 0;
    }

    private static Map<String, Object> json(SpecClause clause) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("number", clause.number());
        out.put("title", clause.title());
        out.put("level", clause.level());
        out.put("text", clause.text());
        out.put("source", clause.source());
        return out;
    }
}
