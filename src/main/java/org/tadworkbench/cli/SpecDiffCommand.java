package org.tadworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecClause;
import org.tadworkbench.spec.SpecRegister;
import org.tadworkbench.specdiff.ChangeKind;
import org.tadworkbench.specdiff.ClauseAligner;
import org.tadworkbench.specdiff.ClauseChange;
import org.tadworkbench.specdiff.DiffSegment;
import org.tadworkbench.specdiff.SpecDiff;
import org.tadworkbench.specdiff.SpecDiffHtml;
import org.tadworkbench.specdiff.SpecDiffSheet;
import org.tadworkbench.specdiff.SpecDiffSummary;
import org.tadworkbench.workspace.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tad spec diff WS DOC:V1 DOC:V2}: two ingested versions of a specification compared clause by clause. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two ingested versions of a specification clause by clause: clauses are aligned by number, "
                + "title and text together, although numbers shift and clauses move, split or merge. Each is unchanged, "
                + "cosmetic (whitespace, wrapping, case, quotes and dashes, punctuation, renumbered cross-references), "
                + "reworded (with a word diff and a similarity), added or removed, and flagged renumbered and moved. "
                + "--out FILE.html writes a redline for reviewers, --out FILE.xlsx one row per change for experts.")
final class SpecDiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace folder.")
    Path workspace;

    @Parameters(index = "1", paramLabel = "DOC:V1", description = "The older version, e.g. SARIF:2.0 (ingested with tad spec ingest).")
    String older;

    @Parameters(index = "2", paramLabel = "DOC:V2", description = "The newer version, e.g. SARIF:2.1.")
    String newer;

    @Option(names = "--json", description = "Print every clause's change and the summary as JSON.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the report: a .html redline or an .xlsx sheet.")
    Path out;

    @Override
    public Integer call() throws IOException {
        String[] from = version(older, "DOC:V1");
        String[] to = version(newer, "DOC:V2");
        String format = out == null ? null : extension(out);
        if (out != null && !format.equals("html") && !format.equals("xlsx")) {
            throw new ParameterException(spec.commandLine(), "--out must name a .html or .xlsx file, not '" + out + "'");
        }
        ReadResult read = CleanWorkspace.read(workspace, spec).orElse(null);
        if (read == null) {
            return 1;
        }
        SpecRegister register = read.workspace().specs();
        ClauseTree a = text(register, from);
        ClauseTree b = text(register, to);
        if (a == null || b == null) {
            return 1;
        }
        SpecDiff diff = ClauseAligner.diff(a, b);
        PrintWriter stdout = spec.commandLine().getOut();
        if (out != null) {
            byte[] report = format.equals("html") ? SpecDiffHtml.render(diff).getBytes(StandardCharsets.UTF_8) : SpecDiffSheet.write(diff);
            try {
                write(out, report);
            } catch (IOException e) {
                spec.commandLine().getErr().println("tad: cannot write " + out + ": " + e.getMessage());
                return 1;
            }
        }
        if (json) {
            stdout.println(Json.write(json(diff)));
            return 0;
        }
        stdout.println(SpecDiffSummary.title(diff) + ": " + SpecDiffSummary.describe(diff));
        for (ClauseChange c : diff.changes()) {
            if (SpecDiffSummary.noteworthy(c)) {
                stdout.printf("  %-9s %-12s %-12s %s%s%n", c.kind().word(), c.from() == null ? "-" : shown(c.from().number()),
                        c.to() == null ? "-" : shown(c.to().number()), (c.to() != null ? c.to() : c.from()).title(), flags(c));
            }
        }
        if (out != null) {
            stdout.println("wrote " + out);
        }
        return 0;
    }

    /** DOC:V split in two, or a usage error (exit 2). */
    private String[] version(String text, String label) {
        int colon = text.indexOf(':');
        String doc = colon < 0 ? "" : text.substring(0, colon);
        String version = colon < 0 ? "" : text.substring(colon + 1);
        if (!ClauseTree.isSafeName(doc) || !ClauseTree.isSafeName(version)) {
            throw new ParameterException(spec.commandLine(), label + " must be DOCUMENT:VERSION, e.g. SARIF:2.1, not '" + text + "'");
        }
        return new String[] {doc, version};
    }

    private ClauseTree text(SpecRegister register, String[] version) {
        ClauseTree tree = register.text(version[0], version[1]).orElse(null);
        if (tree == null) {
            List<String> ingested = register.textsOf(version[0]).stream().map(ClauseTree::version).toList();
            spec.commandLine().getErr().println("tad: " + version[0] + ":" + version[1] + " has not been ingested ("
                    + (ingested.isEmpty() ? "no version of " + version[0] + " has been" : "ingested versions of " + version[0]
                    + ": " + String.join(", ", ingested)) + "); read it in with tad spec ingest " + workspace + " FILE --doc "
                    + version[0] + " --version " + version[1]);
        }
        return tree;
    }

    private static String flags(ClauseChange c) {
        StringBuilder s = new StringBuilder();
        if (c.kind() == ChangeKind.REWORDED) {
            s.append(String.format(Locale.ROOT, " (similarity %.2f)", c.similarity()));
        }
        if (c.renumbered()) {
            s.append(" [renumbered]");
        }
        if (c.moved()) {
            s.append(" [moved]");
        }
        return s.toString();
    }

    private static String shown(String number) {
        return number.isEmpty() ? "(none)" : number;
    }

    static Map<String, Object> json(SpecDiff diff) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("from", diff.from().key());
        result.put("to", diff.to().key());
        result.put("changes", diff.changes().stream().map(SpecDiffCommand::change).toList());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("clauses", diff.changes().size());
        diff.counts().forEach((kind, count) -> summary.put(kind.word(), count));
        summary.put("renumbered", diff.renumbered());
        summary.put("moved", diff.moved());
        result.put("summary", summary);
        return result;
    }

    private static Map<String, Object> change(ClauseChange c) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("kind", c.kind().word());
        change.put("renumbered", c.renumbered());
        change.put("moved", c.moved());
        change.put("from", clause(c.from()));
        change.put("to", clause(c.to()));
        change.put("similarity", c.similarity());
        if (!c.wordDiff().isEmpty()) {
            change.put("titleDiff", segments(c.titleDiff()));
            change.put("textDiff", segments(c.textDiff()));
        }
        return change;
    }

    private static Map<String, Object> clause(SpecClause clause) {
        if (clause == null) {
            return null;
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("number", clause.number());
        c.put("title", clause.title());
        c.put("source", clause.source());
        return c;
    }

    private static List<Map<String, String>> segments(List<DiffSegment> segments) {
        return segments.stream().map(s -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("op", s.op().name().toLowerCase(Locale.ROOT));
            m.put("text", s.text());
            return m;
        }).toList();
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Beside the target first, then moved into place: an interrupted run never leaves half a report. */
    private static void write(Path file, byte[] content) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // Not createTempFile: that file is private to its owner, and a report is for sharing.
        Path temporary = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
