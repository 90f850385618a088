package org.tadworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tadworkbench.workspace.Finding;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.Consultation;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.review.Governance;
import org.tadworkbench.word.WordFileException;
import org.tadworkbench.wordimport.ReviewImport;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tad review import WS FILE [--consultation ID] [--respondent ORG] [--json]}: a marked-up Word copy comes back. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Record a reviewer's marked-up Word file as comments in review/comments.yaml: every Word comment on "
                + "the section or paragraph where its range starts, quoting the text, with its author and date; replies "
                + "threaded under their comment; resolved threads kept as resolved; the tracked changes of each paragraph "
                + "as one proposed change a drafter can apply. A reviewer copy (tad review docx) is placed by its "
                + "bookmarks; any other Word file by heading numbers and titles and by text similarity. What cannot be "
                + "placed is attached to the whole document with its quoted text. The same file is recorded once. "
                + "Exit codes: 0 recorded, 1 the file cannot be read or the comments are refused (nothing is written), 2 usage.")
final class ReviewImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace folder.")
    Path workspace;

    @Parameters(index = "1", paramLabel = "FILE", description = "The reviewed Word file (.docx).")
    Path file;

    @Option(names = "--consultation", paramLabel = "ID", description = "The consultation the comments answer (its version is the one commented).")
    Long consultationId;

    @Option(names = "--respondent", paramLabel = "ORG", description = "The organisation the comments are from.")
    String respondent;

    @Option(names = "--json", description = "Report as JSON: {\"comments\":N,\"replies\":R,\"proposedChanges\":M,\"unplaced\":K,...}.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("tad review import: " + file + ": no such file");
            return 1;
        }
        ReadResult read = CleanWorkspace.read(workspace, spec).orElse(null);
        if (read == null) {
            return 1;
        }
        Workspace ws = read.workspace();
        Governance before = ws.governance();
        try {
            ReviewImport review = new ReviewImport();
            ReviewImport.Reading reading = review.read(file, file.getFileName().toString());
            List<Comment> earlier = ReviewImport.alreadyImported(reading, before.comments());
            if (!earlier.isEmpty()) {
                err.println("tad review import: " + reading.fileName() + " was already imported (comments "
                        + earlier.get(0).id() + " to " + earlier.get(earlier.size() - 1).id() + "); nothing written");
                return 1;
            }
            Consultation consultation = consultation(before);
            String version = ReviewImport.versionFor(reading, ws, consultation);
            Long inConsultation = consultation != null ? Long.valueOf(consultation.id()) : latestConsultation(before, version);
            ReviewImport.Result result = review.place(reading, version, ws.sectionsOf(version).orElseThrow(),
                    respondent == null || respondent.isBlank() ? null : respondent.strip(), inConsultation);
            Governance after = withComments(before, result.comments());
            String refused = before.refusedIn(after).orElse(null);
            if (refused != null) {
                err.println("tad review import: " + refused + " (nothing written)");
                return 1;
            }
            Workspace changed = ws.withGovernance(after);
            LintReport report = new WorkspaceLinter().lint(new ReadResult(changed, List.of(), new Locations()));
            if (!report.clean()) {
                err.println("tad review import: the comments would not lint clean; nothing written:");
                report.findings().stream().filter(Finding::isError).forEach(f -> err.println("  " + f.message()));
                return 1;
            }
            List<String> written = ChangedFiles.write(workspace, ws, changed);
            report(result, after.comments().subList(before.comments().size(), after.comments().size()), written);
            return 0;
        } catch (WordFileException | IllegalArgumentException e) {
            err.println("tad review import: " + e.getMessage() + " (nothing written)");
            return 1;
        } catch (IOException e) {
            err.println("tad review import: cannot write " + workspace + ": " + e.getMessage());
            return 1;
        }
    }

    private Consultation consultation(Governance governance) {
        if (consultationId == null) {
            return null;
        }
        return governance.consultations().stream().filter(c -> c.id() == consultationId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no consultation " + consultationId
                        + (governance.consultations().isEmpty() ? " (review/consultations.yaml holds none)"
                        : " (consultations: " + governance.consultations().stream().map(c -> c.id() + " on " + c.version())
                        .toList() + ")")));
    }

    /** A version in consultation takes comments into its latest consultation, as the server does. */
    private static Long latestConsultation(Governance governance, String version) {
        if (governance.state(version).orElse(null) != DocumentState.CONSULTATION) {
            return null;
        }
        return governance.consultations().stream().filter(c -> c.version().equals(version))
                .map(Consultation::id).reduce((a, b) -> b).orElse(null);
    }

    /** The governance with the new comments recorded after the existing ones, their ids and thread links renumbered. */
    static Governance withComments(Governance governance, List<Comment> fresh) {
        long offset = governance.comments().stream().mapToLong(Comment::id).max().orElse(0);
        List<Comment> comments = new ArrayList<>(governance.comments());
        for (Comment c : fresh) {
            comments.add(c.withId(c.id() + offset, c.createdAt(), c.consultationId())
                    .replyingTo(c.replyTo() == null ? null : c.replyTo() + offset));
        }
        return new Governance(governance.states(), governance.consultations(), comments, governance.dispositions(),
                governance.decisions(), governance.notices(), governance.audit());
    }

    private void report(ReviewImport.Result result, List<Comment> recorded, List<String> written) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("comments", result.topLevel());
            o.put("replies", result.replies());
            o.put("proposedChanges", result.proposedChanges());
            o.put("unplaced", result.unplaced());
            o.put("version", result.version());
            o.put("placedBy", result.placedByAnchors() ? "bookmarks" : "headings and text");
            o.put("recorded", recorded.stream().map(c -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("id", c.id());
                one.put("target", c.target().name().toLowerCase(java.util.Locale.ROOT));
                one.put("targetRef", c.targetRef());
                one.put("author", c.author());
                one.put("replyTo", c.replyTo());
                one.put("proposedChange", c.isProposedChange());
                return one;
            }).toList());
            o.put("written", written);
            out.println(Json.write(o));
            return;
        }
        out.println(file.getFileName() + " on version " + result.version() + " (placed by "
                + (result.placedByAnchors() ? "the file's bookmarks" : "headings and text") + "): "
                + result.topLevel() + " comment(s), " + result.replies() + " repl(ies), " + result.proposedChanges()
                + " proposed change(s); " + result.unplaced() + " attached to the whole document (not placed)");
        for (Comment c : recorded) {
            String where = c.targetRef() == null ? "document" : c.targetRef();
            String first = c.text().lines().findFirst().orElse("");
            out.println("  " + c.id() + (c.isReply() ? " (reply to " + c.replyTo() + ")" : "") + "  " + where + "  "
                    + c.author() + ": " + (first.length() > 80 ? first.substring(0, 80) + "\u2026" : first));
        }
        out.println(written.isEmpty() ? "nothing written" : "wrote " + String.join(", ", written));
    }
}
