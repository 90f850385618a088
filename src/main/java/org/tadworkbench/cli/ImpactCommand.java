package org.tadworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tadworkbench.impact.ClauseRef;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.traceability.Candidate;
import org.tadworkbench.traceability.CoverageAnalysis;
import org.tadworkbench.traceability.CoverageReport;
import org.tadworkbench.traceability.ImpactAnalysis;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tad impact WORKSPACE}: a release's impact register, computed impact of changed clauses, coverage. */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = "Impact analysis: --release R lists a release's impact register (the PID's Appendix A); "
                + "--changed DOC:CLAUSE ranks the TAD sections a change may impact, with reasons; --coverage lists gaps.")
final class ImpactCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace folder.")
    Path workspace;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    @Option(names = "--json", description = "Report as JSON.")
    boolean json;

    @Option(names = "--limit", defaultValue = "25", description = "With --changed: at most this many candidates (default: ${DEFAULT-VALUE}).")
    int limit;

    static final class Mode {
        @Option(names = "--release", paramLabel = "R", description = "The release whose register to show.")
        String release;

        @Option(names = "--changed", paramLabel = "DOC:CLAUSE", description = "A changed clause, e.g. DUIS:1.4.2 (repeatable).")
        List<String> changed;

        @Option(names = "--coverage", description = "Untraced clauses, sections without a source, unrealised rows, readiness.")
        boolean coverage;
    }

    @Override
    public Integer call() {
        List<ClauseRef> clauses = new ArrayList<>();
        if (mode.changed != null) {
            for (String text : mode.changed) {
                try {
                    clauses.add(ClauseRef.parse(text));
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), "--changed " + e.getMessage());
                }
            }
        }
        ReadResult read = CleanWorkspace.read(workspace, spec).orElse(null);
        if (read == null) {
            return 1;
        }
        Workspace ws = read.workspace();
        PrintWriter out = spec.commandLine().getOut();
        if (mode.release != null) {
            ReleaseImpacts release = ws.release(mode.release).orElse(null);
            if (release == null) {
                spec.commandLine().getErr().println("tad: no release '" + mode.release + "' (releases: "
                        + String.join(", ", ws.releases().stream().map(ReleaseImpacts::release).toList()) + ")");
                return 1;
            }
            return register(out, release);
        }
        if (mode.coverage) {
            return coverage(out, CoverageAnalysis.of(ws));
        }
        List<Candidate> candidates = new ImpactAnalysis(ws).candidates(clauses);
        List<Candidate> shown = candidates.subList(0, Math.min(limit, candidates.size()));
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("changed", clauses.stream().map(ClauseRef::toString).toList());
            result.put("total", candidates.size());
            result.put("candidates", shown);
            out.println(Json.write(result));
            return 0;
        }
        out.println("Sections " + String.join(", ", clauses.stream().map(ClauseRef::toString).toList())
                + " may impact (" + candidates.size() + " in all, best first):");
        for (Candidate c : shown) {
            out.printf("%n%5.3f %s %s %s%n", c.score(), c.direct() ? "direct  " : "indirect", c.section(), c.title());
            c.reasons().forEach(reason -> out.println("        because " + reason));
        }
        return 0;
    }

    private int register(PrintWriter out, ReleaseImpacts release) {
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("release", release.release());
            result.put("title", release.title());
            result.put("counts", counts(release));
            result.put("rows", release.impacts().stream().map(ImpactCommand::row).toList());
            out.println(Json.write(result));
            return 0;
        }
        out.println(release.title() + " (" + release.release() + "): " + release.impacts().size() + " rows " + counts(release));
        String document = null;
        for (ImpactRow row : release.impacts()) {
            if (!row.document().equals(document)) {
                document = row.document();
                out.println();
                out.println(document + " " + (row.version() == null ? "" : row.version()));
            }
            out.printf("  %-4s %-14s %-10s %-11s %s%n", row.id(), row.clause() == null ? "" : row.clause(),
                    row.hasImpact() ? row.section() : "no impact", code(row.status()), row.change());
        }
        return 0;
    }

    static Map<String, Object> row(ImpactRow r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", r.id());
        row.put("document", r.document());
        row.put("version", r.version());
        row.put("clause", r.clause());
        row.put("clauseTitle", r.clauseTitle());
        row.put("section", r.hasImpact() ? r.section() : null);
        row.put("noImpact", !r.hasImpact());
        row.put("target", r.target() == null ? null : code(r.target()));
        row.put("sectionTitle", r.sectionTitle());
        row.put("change", r.change());
        row.put("status", code(r.status()));
        row.put("owner", r.owner());
        row.put("estimate", r.estimate());
        row.put("actual", r.actual());
        row.put("realisedBy", r.realisedBy());
        row.put("note", r.note());
        return row;
    }

    private static Map<String, Long> counts(ReleaseImpacts release) {
        Map<String, Long> counts = new LinkedHashMap<>();
        release.impacts().forEach(r -> counts.merge(code(r.status()), 1L, Long::sum));
        return counts;
    }

    private int coverage(PrintWriter out, CoverageReport report) {
        if (json) {
            out.println(Json.write(report));
            return 0;
        }
        out.println("Coverage of baseline " + report.baseline());
        out.println();
        out.println("Clauses with no trace (" + report.untracedClauses().size() + "): " + String.join(", ", report.untracedClauses()));
        out.println("Sections with no source (" + report.sectionsWithoutSource().size() + "): " + String.join(", ", report.sectionsWithoutSource()));
        out.println("Impact rows not yet realised by a section change (" + report.unrealisedRows().size() + "):");
        report.unrealisedRows().forEach(r -> out.printf("  %s %-4s %s %s -> %s (%s)%n", r.release(), r.row(), r.document(),
                r.clause() == null ? "" : r.clause(), r.section(), r.status()));
        out.println("Readiness:");
        report.releases().forEach(r -> out.printf("  %s: %d rows %s; estimated %s WD, spent %s WD, left %s WD%n", r.release(),
                r.rows(), r.byStatus(), r.estimated().stripTrailingZeros().toPlainString(),
                r.actual().stripTrailingZeros().toPlainString(), r.effortLeft().stripTrailingZeros().toPlainString()));
        return 0;
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase().replace('_', '-');
    }
}
