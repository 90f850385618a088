package org.tadworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tadworkbench.redline.ChangeKind;
import org.tadworkbench.redline.DocxRedline;
import org.tadworkbench.redline.HtmlRedline;
import org.tadworkbench.redline.Redline;
import org.tadworkbench.redline.RedlineException;
import org.tadworkbench.redline.SectionChange;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tad diff WORKSPACE --from 2.0 --to 3.0 --out FILE}: a redline of two versions as HTML or Word tracked changes. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Redline of two versions: --out FILE.html (insertions and deletions inline, a summary per section) "
                + "or FILE.docx (Word tracked changes to accept or reject). Moved and renumbered sections are recognised.")
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace folder.")
    Path workspace;

    @Option(names = "--from", paramLabel = "VERSION", description = "The old version (default: the live version).")
    String from;

    @Option(names = "--to", paramLabel = "VERSION", description = "The new version (default: the current version).")
    String to;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the redline: a .html or .docx file.")
    Path out;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        String format = out == null ? null : extension(out);
        if (out != null && !format.equals("html") && !format.equals("docx")) {
            throw new ParameterException(spec.commandLine(), "--out must name a .html or .docx file, not '" + out + "'");
        }
        if (out == null && !json) {
            throw new ParameterException(spec.commandLine(), "give --out FILE.html or FILE.docx, or --json");
        }
        ReadResult read = CleanWorkspace.read(workspace, spec).orElse(null);
        if (read == null) {
            return 1;
        }
        Workspace ws = read.workspace();
        String fromVersion = from != null ? from : Redline.defaultFrom(ws.manifest()).orElse(null);
        String toVersion = to != null ? to : Redline.defaultTo(ws.manifest()).orElse(null);
        if (fromVersion == null || toVersion == null) {
            spec.commandLine().getErr().println("tad: workspace.yaml lists no versions to compare");
            return 1;
        }
        Redline redline;
        try {
            redline = Redline.compare(ws, fromVersion, toVersion);
        } catch (RedlineException e) {
            if (e.unknownVersion()) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            spec.commandLine().getErr().println("tad: " + e.getMessage());
            return 1;
        }
        if (out != null) {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            if (format.equals("html")) {
                Files.writeString(out, HtmlRedline.render(redline), StandardCharsets.UTF_8);
            } else {
                Files.write(out, DocxRedline.write(redline));
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            stdout.println(Json.write(summary(redline)));
        } else {
            stdout.println("Redline " + redline.fromVersion() + " -> " + redline.toVersion() + ": " + redline.summary().describe());
            for (SectionChange c : redline.sections()) {
                if (c.changed()) {
                    stdout.printf("  %-10s %-10s %s: %s%n", c.number(), c.kind().code(), c.title(), c.description());
                }
            }
            stdout.println("Wrote " + out);
        }
        return 0;
    }

    static Map<String, Object> summary(Redline redline) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("document", redline.documentTitle());
        result.put("from", redline.fromVersion());
        result.put("to", redline.toVersion());
        result.put("sections", redline.summary().sections());
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (ChangeKind kind : ChangeKind.values()) {
            byKind.put(kind.code(), redline.summary().count(kind));
        }
        result.put("byKind", byKind);
        result.put("wordsInserted", redline.summary().wordsInserted());
        result.put("wordsDeleted", redline.summary().wordsDeleted());
        List<Map<String, Object>> changes = redline.sections().stream().filter(SectionChange::changed).map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", c.number());
            row.put("title", c.title());
            row.put("kind", c.kind().code());
            row.put("oldNumber", c.oldNumber());
            row.put("newNumber", c.newNumber());
            row.put("oldParent", c.oldParent());
            row.put("newParent", c.newParent());
            row.put("titleChanged", c.titleChanged());
            row.put("wordsInserted", c.wordsInserted());
            row.put("wordsDeleted", c.wordsDeleted());
            row.put("description", c.description());
            return row;
        }).toList();
        result.put("changes", changes);
        return result;
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
