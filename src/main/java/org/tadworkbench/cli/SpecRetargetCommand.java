package org.tadworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tadworkbench.impact.TraceLink;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.specdiff.ClauseAligner;
import org.tadworkbench.traceability.TraceRetarget;
import org.tadworkbench.workspace.Finding;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tad spec retarget WS DOC:V1 DOC:V2 [--apply]}: traces of clauses that kept their words move to the newer version. */
@Command(name = "retarget", mixinStandardHelpOptions = true,
        description = "Moves the traces to DOC:V1 whose clause DOC:V2 keeps unchanged or only cosmetically changed (and in its "
                + "place) to V2's version and clause number. Traces of reworded, moved or removed clauses stay for an "
                + "expert (tad lint calls them suspect); impact rows are never changed; variations, which name no version, "
                + "are listed when V2 renumbers their clause. A dry run unless --apply; only traces.yaml is written.")
final class SpecRetargetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace folder.")
    Path workspace;

    @Parameters(index = "1", paramLabel = "DOC:V1", description = "The version the traces cite now, e.g. DUIS:3.0d3.")
    String fromText;

    @Parameters(index = "2", paramLabel = "DOC:V2", description = "The newer version to move them to, e.g. DUIS:3.1.")
    String toText;

    @Option(names = "--apply", description = "Write the moved traces (without it, only say what would move).")
    boolean apply;

    @Option(names = "--json", description = "Report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        SpecVersionRef from = argument(fromText);
        SpecVersionRef to = argument(toText);
        if (!from.document().equals(to.document())) {
            throw new ParameterException(spec.commandLine(), "retarget moves traces between versions of one document, not "
                    + from + " and " + to);
        }
        if (from.version().equals(to.version())) {
            throw new ParameterException(spec.commandLine(), "DOC:V1 and DOC:V2 are the same version (" + from + ")");
        }
        PrintWriter err = spec.commandLine().getErr();
        ReadResult read = CleanWorkspace.read(workspace, spec).orElse(null);
        if (read == null) {
            return 1;
        }
        Workspace ws = read.workspace();
        ClauseTree older = from.text(ws).orElse(null);
        ClauseTree newer = to.text(ws).orElse(null);
        if (older == null || newer == null) {
            err.println("tad: " + (older == null ? from : to).notIngested(ws));
            return 1;
        }
        TraceRetarget.Plan plan = TraceRetarget.plan(ws, ClauseAligner.diff(older, newer));
        List<String> written = List.of();
        if (apply && !plan.moves().isEmpty()) {
            LintReport report = new WorkspaceLinter().lint(new ReadResult(plan.result(), List.of(), new Locations()));
            if (!report.clean()) {
                err.println("tad: the moved traces would not lint clean; nothing written:");
                report.findings().stream().filter(Finding::isError).forEach(f -> err.println("  " + f.message()));
                return 1;
            }
            try {
                written = ChangedFiles.write(workspace, ws, plan.result());
            } catch (IOException e) {
                err.println("tad: cannot write " + workspace + ": " + e.getMessage());
                return 1;
            }
        }
        if (json) {
            spec.commandLine().getOut().println(Json.write(asJson(plan, written)));
        } else {
            print(spec.commandLine().getOut(), plan, written);
        }
        return 0;
    }

    private SpecVersionRef argument(String text) {
        try {
            return SpecVersionRef.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void print(PrintWriter out, TraceRetarget.Plan plan, List<String> written) {
        long renumbered = plan.moves().stream().filter(TraceRetarget.Move::renumbered).count();
        out.println(plan.document() + " " + plan.from() + " → " + plan.to() + ": " + plan.moves().size() + " trace(s) "
                + (apply ? "moved" : "would move") + " (" + renumbered + " renumbered), " + plan.stays().size()
                + " stay with " + plan.from());
        for (TraceRetarget.Move move : plan.moves()) {
            out.println("  " + move.before().source() + ": " + move.before().citation() + " → " + move.after().citation()
                    + (move.merged() ? " (already traced; the old trace goes)" : ""));
        }
        if (!plan.stays().isEmpty()) {
            out.println("Staying (an expert decides):");
            plan.stays().forEach(stay -> out.println("  " + stay.trace().source() + ": " + stay.trace().citation() + " ("
                    + stay.reason() + ")"));
        }
        if (!plan.variations().isEmpty()) {
            out.println("Variations name no version and are not changed; " + plan.document() + " " + plan.to()
                    + " renumbers the clause of:");
            plan.variations().forEach(v -> out.println("  " + v.variation().id() + ": " + v.variation().clause() + " → "
                    + v.newNumber()));
        }
        if (!apply) {
            out.println(plan.moves().isEmpty() ? "nothing to move" : "dry run: nothing written; add --apply to write traces.yaml");
        } else {
            out.println(written.isEmpty() ? "nothing written" : "wrote " + String.join(", ", written));
        }
    }

    private Map<String, Object> asJson(TraceRetarget.Plan plan, List<String> written) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("from", plan.document() + ":" + plan.from());
        result.put("to", plan.document() + ":" + plan.to());
        result.put("applied", apply);
        result.put("moves", plan.moves().stream().map(m -> {
            Map<String, Object> move = trace(m.before());
            move.put("toVersion", m.after().version());
            move.put("toClause", m.after().clause());
            move.put("kind", m.kind().word());
            move.put("renumbered", m.renumbered());
            move.put("merged", m.merged());
            return move;
        }).toList());
        result.put("staying", plan.stays().stream().map(s -> {
            Map<String, Object> stay = trace(s.trace());
            stay.put("reason", s.reason());
            return stay;
        }).toList());
        result.put("variations", plan.variations().stream().map(v -> Map.of("id", v.variation().id(),
                "clause", v.variation().clause(), "newNumber", v.newNumber())).toList());
        result.put("written", written);
        return result;
    }

    private static Map<String, Object> trace(TraceLink trace) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("section", trace.section());
        map.put("element", trace.element());
        map.put("version", trace.version());
        map.put("clause", trace.clause());
        return map;
    }
}
