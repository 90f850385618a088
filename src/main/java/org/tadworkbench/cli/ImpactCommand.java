package org.tadworkbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tadworkbench.impact.ClauseRef;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.impactsheet.ImpactSheet;
import org.tadworkbench.impactsheet.ImpactSheetException;
import org.tadworkbench.impactsheet.ImportOutcome;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.specdiff.ClauseAligner;
import org.tadworkbench.specdiff.SpecDiff;
import org.tadworkbench.traceability.Candidate;
import org.tadworkbench.traceability.CoverageAnalysis;
import org.tadworkbench.traceability.CoverageReport;
import org.tadworkbench.traceability.ImpactAnalysis;
import org.tadworkbench.traceability.RegisterDraft;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceFiles;
import org.tadworkbench.workspace.WorkspaceWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tad impact WORKSPACE}: a release's impact register (listed, or exchanged with experts as a spreadsheet),
 * computed impact of changed clauses, coverage.
 */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = "Impact analysis: --release R lists a release's impact register (the PID's Appendix A); "
                + "with --xlsx FILE / --csv FILE it writes the register as a spreadsheet instead, and with "
                + "--import-xlsx FILE takes experts' edits back (all or nothing; only that release's impacts.yaml is written); "
                + "with --from-diff DOC:V1..DOC:V2 it drafts the register from the clause diff of two ingested versions: "
                + "proposed rows for the sections each reworded, added or removed clause reaches, proposed no-impact rows "
                + "for the clauses that reach none (the release and its register are created when missing; drafting again "
                + "adds nothing and changes no row); "
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

    // Not in the Mode group: they refine --release, so call() checks the combinations itself.
    @Option(names = "--xlsx", paramLabel = "FILE", description = "With --release: write the register as an XLSX sheet for experts to edit.")
    Path xlsx;

    @Option(names = "--csv", paramLabel = "FILE", description = "With --release: write the register as CSV (RFC 4180, UTF-8).")
    Path csv;

    @Option(names = "--import-xlsx", paramLabel = "FILE",
            description = "With --release: import experts' edits from an XLSX sheet (as --xlsx writes it). Nothing is written "
                    + "unless every row is valid and the workspace still lints clean.")
    Path importXlsx;

    @Option(names = "--from-diff", paramLabel = "DOC:V1..DOC:V2",
            description = "With --release: draft proposed rows from the clause diff of two ingested versions (repeatable).")
    List<String> fromDiff;

    @Option(names = "--threshold", paramLabel = "SCORE", defaultValue = "" + RegisterDraft.DEFAULT_THRESHOLD,
            description = "With --from-diff: the lowest computed-impact score a section needs to be proposed (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--title", paramLabel = "TITLE",
            description = "With --from-diff, when the release is new: its title, e.g. 'DCC Release 5.0' (default: the release id).")
    String title;

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
        checkSheetOptions();
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
        if (fromDiff != null) {
            return draft(ws, out);
        }
        if (mode.release != null) {
            ReleaseImpacts release = ws.release(mode.release).orElse(null);
            if (release == null) {
                spec.commandLine().getErr().println("tad: no release '" + mode.release + "' (releases: "
                        + String.join(", ", ws.releases().stream().map(ReleaseImpacts::release).toList()) + ")");
                return 1;
            }
            if (importXlsx != null) {
                return importSheet(ws, release);
            }
            if (xlsx != null || csv != null) {
                return exportSheet(ws, release);
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

    private void checkSheetOptions() {
        boolean sheetFile = xlsx != null || csv != null || importXlsx != null;
        if (sheetFile && mode.release == null) {
            throw new ParameterException(spec.commandLine(), "--xlsx, --csv and --import-xlsx need --release R");
        }
        if (importXlsx != null && (xlsx != null || csv != null)) {
            throw new ParameterException(spec.commandLine(), "--import-xlsx cannot be combined with --xlsx or --csv");
        }
        if (fromDiff != null && (mode.release == null || sheetFile)) {
            throw new ParameterException(spec.commandLine(), "--from-diff needs --release R and no --xlsx, --csv or --import-xlsx");
        }
        if (fromDiff != null && mode.release != null && !ClauseTree.isSafeName(mode.release)) {
            throw new ParameterException(spec.commandLine(), "--release '" + mode.release + "' cannot name a folder: use letters, "
                    + "digits, dots, dashes and underscores (e.g. next-release)");
        }
        if (title != null && fromDiff == null) {
            throw new ParameterException(spec.commandLine(), "--title names a release that --from-diff creates");
        }
        if (fromDiff != null && !(threshold >= 0 && threshold <= 1)) {
            throw new ParameterException(spec.commandLine(), "--threshold is a score from 0 to 1, not " + threshold);
        }
        if (fromDiff != null) {
            fromDiff.forEach(this::versionPair);
        }
    }

    /** "DUIS:3.0d3..DUIS:3.1", or "DUIS:3.0d3..3.1": the older and the newer version of one document. */
    private SpecVersionRef[] versionPair(String text) {
        int dots = text.indexOf("..");
        if (dots < 0) {
            throw new ParameterException(spec.commandLine(), "--from-diff '" + text + "' is not DOC:V1..DOC:V2 (e.g. DUIS:3.0d3..DUIS:3.1)");
        }
        try {
            SpecVersionRef older = SpecVersionRef.parse(text.substring(0, dots));
            String right = text.substring(dots + 2);
            SpecVersionRef newer = right.contains(":") ? SpecVersionRef.parse(right)
                    : SpecVersionRef.parse(older.document() + ":" + right);
            if (!older.document().equals(newer.document()) || older.version().equals(newer.version())) {
                throw new IllegalArgumentException("'" + text + "' must name two versions of one document");
            }
            return new SpecVersionRef[] {older, newer};
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--from-diff " + e.getMessage());
        }
    }

    /** Drafts proposed rows into the release's register; writes only what changed, and only when lint stays clean. */
    private int draft(Workspace ws, PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        List<SpecDiff> diffs = new ArrayList<>();
        for (String text : fromDiff) {
            SpecVersionRef[] pair = versionPair(text);
            ClauseTree older = pair[0].text(ws).orElse(null);
            ClauseTree newer = pair[1].text(ws).orElse(null);
            if (older == null || newer == null) {
                err.println("tad: " + (older == null ? pair[0] : pair[1]).notIngested(ws) + "; nothing written");
                return 1;
            }
            diffs.add(ClauseAligner.diff(older, newer));
        }
        RegisterDraft.Outcome outcome = RegisterDraft.draft(ws, mode.release, title, diffs, threshold);
        LintReport report = new WorkspaceLinter().lint(new ReadResult(outcome.workspace(), List.of(), new Locations()));
        if (!report.clean()) {
            err.println("tad: the drafted register would not lint clean; nothing written:");
            report.findings().stream().filter(f -> f.isError()).forEach(f -> err.println("  " + f.message()));
            return 1;
        }
        List<String> written;
        try {
            written = ChangedFiles.write(workspace, ws, outcome.workspace());
        } catch (IOException e) {
            err.println("tad: cannot write " + workspace + ": " + e.getMessage());
            return 1;
        }
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("release", mode.release);
            result.put("created", outcome.created());
            result.put("added", outcome.added().stream().map(ImpactCommand::row).toList());
            result.put("alreadyThere", outcome.alreadyThere());
            result.put("notProposed", outcome.notProposed().stream().map(c -> {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("kind", c.kind().word());
                change.put("moved", c.moved());
                change.put("from", c.fromNumber());
                change.put("to", c.toNumber());
                change.put("title", c.to().title());
                return change;
            }).toList());
            result.put("written", written);
            out.println(Json.write(result));
            return 0;
        }
        String file = WorkspaceFiles.impactsFile(mode.release);
        out.println((outcome.created() ? "Created " : "Drafted into ") + file + ": " + outcome.added().size()
                + " proposed row(s) added, " + outcome.alreadyThere() + " already in the register");
        for (RegisterDraft.Drafted drafted : outcome.drafted()) {
            out.println("  " + drafted.change().kind().word() + " " + (drafted.change().to() != null ? drafted.change().to()
                    : drafted.change().from()).label() + (drafted.proposed().isEmpty() ? ": nothing new" : ":"));
            drafted.proposed().forEach(r -> out.println("    " + r.id() + " " + (r.hasImpact() ? "section " + r.section() + " "
                    + r.sectionTitle() : "no impact")));
        }
        if (!outcome.notProposed().isEmpty()) {
            out.println("Not proposed (wording kept):");
            outcome.notProposed().forEach(c -> out.println("  " + c.kind().word() + (c.moved() ? ", moved" : "") + " "
                    + c.fromNumber() + " → " + c.to().label()));
        }
        out.println(written.isEmpty() ? "nothing written" : "wrote " + String.join(", ", written));
        return 0;
    }

    private int exportSheet(Workspace ws, ReleaseImpacts release) {
        ImpactSheet sheet = new ImpactSheet();
        String rows = release.impacts().size() + " rows of release " + release.release();
        if (xlsx != null && !writeExport(xlsx, sheet.xlsx(ws, release), rows)) {
            return 1;
        }
        if (csv != null && !writeExport(csv, sheet.csv(ws, release).getBytes(StandardCharsets.UTF_8), rows)) {
            return 1;
        }
        return 0;
    }

    private boolean writeExport(Path file, byte[] content, String rows) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            spec.commandLine().getErr().println("tad: cannot write " + file + ": " + e.getMessage());
            return false;
        }
        spec.commandLine().getOut().println("wrote " + file + ": " + rows);
        return true;
    }

    /** All or nothing: the release's impacts.yaml is rewritten only when every row is valid and lint stays clean. */
    private int importSheet(Workspace ws, ReleaseImpacts release) {
        PrintWriter err = spec.commandLine().getErr();
        ImportOutcome outcome;
        try (InputStream in = Files.newInputStream(importXlsx)) {
            outcome = new ImpactSheet().importXlsx(ws, release.release(), in);
        } catch (NoSuchFileException e) {
            err.println("tad: " + importXlsx + ": no such file; nothing imported");
            return 1;
        } catch (IOException e) {
            err.println("tad: " + importXlsx + ": cannot read the file (" + e.getMessage() + "); nothing imported");
            return 1;
        } catch (ImpactSheetException e) {
            err.println("tad: " + importXlsx + ": " + e.getMessage() + "; nothing imported");
            return 1;
        }
        if (!outcome.succeeded()) {
            outcome.problems().forEach(p -> err.println(importXlsx + (p.row() > 0 ? " " : ": ") + p.describe()));
            err.println("tad: nothing imported (" + outcome.problems().size() + " problem(s)); the workspace is unchanged");
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (outcome.changes().isEmpty()) {
            out.println(importXlsx + " matches the register of " + release.release() + "; nothing to import");
            return 0;
        }
        Workspace updated = ws.withRelease(outcome.release());
        // The sheet checks each row; lint checks the whole, e.g. that documents and versions still agree.
        LintReport report = new WorkspaceLinter().lint(new ReadResult(updated, List.of(), new Locations()));
        if (!report.clean()) {
            err.println("tad: " + importXlsx + ": the edited register would not lint clean:");
            report.findings().stream().filter(f -> f.isError()).forEach(f -> err.println("  " + f.message()));
            err.println("tad: nothing imported; the workspace is unchanged");
            return 1;
        }
        String path = WorkspaceFiles.impactsFile(release.release());
        try {
            replaceFile(workspace.resolve(path), new WorkspaceWriter().render(updated).get(path));
        } catch (IOException e) {
            err.println("tad: cannot write " + workspace.resolve(path) + ": " + e.getMessage());
            return 1;
        }
        outcome.changes().forEach(change -> out.println("  " + change));
        out.println("imported " + outcome.changes().size() + " change(s) from " + importXlsx + " into " + workspace.resolve(path));
        return 0;
    }

    /** Writes beside the target and moves over it, so a failure never leaves a half-written register. */
    private static void replaceFile(Path target, String content) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), ".impacts", ".yaml.tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            keepPermissions(target, temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A temporary file is private to its owner; the register keeps the permissions it had. */
    private static void keepPermissions(Path original, Path replacement) throws IOException {
        if (Files.exists(original) && Files.getFileStore(original).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(original));
        }
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
