package org.tadworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.Paragraphs;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.publish.AssembledDocument;
import org.tadworkbench.publish.DocumentAssembly;
import org.tadworkbench.publish.Publisher;
import org.tadworkbench.workspace.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tad review docx WS --version V --out FILE [--json]}: the reviewer copy of one version, the published DOCX
 * with a bookmark on every section and paragraph and the workspace and version in its properties. Like a build, it
 * needs the version to pass the build checks.
 */
@Command(name = "docx",
        description = "Write the reviewer copy of a version: its published Word file with a bookmark at every section and "
                + "paragraph and the workspace and version in its document properties, so that the copy a reviewer "
                + "returns with Word comments and Track Changes is placed exactly.%n"
                + "Exit codes: 0 written, 1 the workspace or version has errors or there is no such version (nothing "
                + "written), 2 usage.")
final class ReviewDocxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOnly help;

    @Parameters(paramLabel = "WORKSPACE", description = "The workspace folder (only read).")
    Path workspace;

    @Option(names = "--version", required = true, paramLabel = "V", description = "The document version, e.g. 3.0.")
    String version;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The Word file to write (.docx).")
    Path out;

    @Option(names = "--json", description = "Print what was written as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(workspace)) {
            err.println("tad review docx: no workspace folder " + workspace);
            return 1;
        }
        if (Files.isDirectory(out)) {
            err.println("tad review docx: " + out + " is a folder; --out names the Word file to write");
            return 1;
        }
        WorkspaceLinter.prepareCalendar();
        ReadResult read = CleanWorkspace.reader(false).read(workspace);
        if (read.workspace().manifest() != null
                && read.workspace().manifest().versions().stream().noneMatch(v -> v.version().equals(version))) {
            err.println("tad review docx: no version '" + version + "' in " + workspace.resolve("workspace.yaml")
                    + " (versions: " + String.join(", ", read.workspace().manifest().versions().stream()
                    .map(DocumentVersion::version).toList()) + ")");
            return 1;
        }
        String prefix = workspace.toString().endsWith("/") ? workspace.toString() : workspace + "/";
        LintReport checks = Publisher.check(read, version, Applicability.BOTH);
        if (!checks.clean()) {
            checks.findings().forEach(f -> err.println(f.format(prefix)));
            err.println("tad review docx: " + checks.errors() + " error(s), " + checks.warnings() + " warning(s); nothing written");
            return 1;
        }
        AssembledDocument doc;
        try {
            doc = DocumentAssembly.assemble(read.workspace(), version, Applicability.BOTH);
        } catch (IllegalArgumentException e) {
            err.println("tad review docx: " + e.getMessage());
            return 1;
        }
        ChangedFiles.replace(out, Publisher.reviewCopy(doc));
        report(doc);
        return 0;
    }

    private void report(AssembledDocument doc) {
        int paragraphs = doc.sections().stream().mapToInt(s -> Paragraphs.count(s.markdown())).sum();
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("file", out.toString());
            o.put("workspace", doc.manifest().id());
            o.put("version", version);
            o.put("sections", doc.sections().size());
            o.put("paragraphs", paragraphs);
            stdout.println(Json.write(o));
            return;
        }
        stdout.println("wrote the reviewer copy of " + doc.fullTitle() + " to " + out + ": " + doc.sections().size()
                + " sections and " + paragraphs + " paragraphs, each with its bookmark");
    }
}
