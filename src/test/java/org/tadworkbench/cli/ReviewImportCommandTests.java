package org.tadworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tadworkbench.word.WordFixtures.comment;
import static org.tadworkbench.word.WordFixtures.commentEnd;
import static org.tadworkbench.word.WordFixtures.commentStart;
import static org.tadworkbench.word.WordFixtures.inserted;
import static org.tadworkbench.word.WordFixtures.paragraph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.document.Paragraphs;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.CommentTarget;
import org.tadworkbench.word.WordFixtures;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceReader;

/**
 * {@code tad review import} as a consultation manager types it when a marked-up Word file comes back: from the
 * workbench's own reviewer copy (placed by its bookmarks) and from a reviewer's own Word file (placed by headings and
 * text), comments threaded and quoted, tracked changes as proposed changes, nothing unplaceable dropped, nothing
 * recorded twice, and nothing written when the file or the version refuses it.
 */
class ReviewImportCommandTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHRASE = "Describes the hand held terminal";

    @TempDir
    Path tmp;

    @Test
    void aMarkedUpReviewerCopyComesBackOnTheParagraphItsBookmarksName() throws Exception {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Path copy = tmp.resolve("copy.docx");
        assertThat(CliRun.of("review", "docx", ws.toString(), "--version", "3.0", "--out", copy.toString()).exitCode()).isZero();
        Path reviewed = Files.write(tmp.resolve("reviewed.docx"), markUp(Files.readAllBytes(copy), PHRASE,
                "Say which installers.", " Installers of SMETS1 use their own tools."));

        CliRun run = CliRun.of("review", "import", ws.toString(), reviewed.toString(), "--respondent", "Energy Co", "--json");

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(List.of(report.get("comments").asInt(), report.get("replies").asInt(),
                report.get("proposedChanges").asInt(), report.get("unplaced").asInt())).containsExactly(1, 0, 1, 0);
        Workspace after = new WorkspaceReader().read(ws).workspace();
        String paragraph = Paragraphs.sources(after.section("4.2.1.7").orElseThrow().body()).get(0);
        Comment comment = after.governance().comments().get(0);
        assertThat(comment.targetRef()).isEqualTo("4.2.1.7#1");
        assertThat(comment.author()).isEqualTo("Ann Reviewer");
        assertThat(comment.organisation()).isEqualTo("Energy Co");
        assertThat(comment.text()).isEqualTo("Say which installers.");
        assertThat(comment.quote()).startsWith(PHRASE);
        Comment change = after.governance().comments().get(1);
        assertThat(change.isProposedChange()).isTrue();
        assertThat(change.targetRef()).isEqualTo("4.2.1.7#1");
        assertThat(change.quote()).isEqualTo(paragraph);
        assertThat(change.proposedChange()).isEqualTo(paragraph + " Installers of SMETS1 use their own tools.");
        assertThat(change.text()).contains("inserted").contains("Installers of SMETS1");
        assertThat(CliRun.of("lint", ws.toString()).exitCode()).isZero();

        String recorded = Files.readString(ws.resolve("review/comments.yaml"));
        CliRun again = CliRun.of("review", "import", ws.toString(), reviewed.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already imported").contains("nothing written");
        assertThat(Files.readString(ws.resolve("review/comments.yaml"))).isEqualTo(recorded);
    }

    @Test
    void aMarkedUpPublishedCopyIsPlacedByItsSectionBookmarksAndTheWordsOfTheParagraph() throws Exception {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Path out = tmp.resolve("published");
        assertThat(CliRun.of("build", ws.toString(), "--version", "3.0", "--out", out.toString()).exitCode()).isZero();
        Path reviewed = Files.write(tmp.resolve("published.docx"), markUp(Files.readAllBytes(out.resolve("tad-3.0.docx")),
                PHRASE, "On the issued text.", " Added."));

        CliRun run = CliRun.of("review", "import", ws.toString(), reviewed.toString(), "--json");

        assertThat(run.exitCode()).as(run.all()).isZero();
        List<Comment> comments = new WorkspaceReader().read(ws).workspace().governance().comments();
        assertThat(comments).extracting(Comment::targetRef).containsExactly("4.2.1.7#1", "4.2.1.7#1");
        assertThat(comments.get(1).proposedChange()).endsWith(" Added.");
    }

    @Test
    void aReviewersOwnWordFileIsPlacedByHeadingsAndTextAndWhatMatchesNothingGoesOnTheDocument() throws Exception {
        Path ws = tmp.resolve("ws");
        XWPFDocument original = WordFixtures.specification();
        paragraph(original, "Heading1", "Introduction");
        paragraph(original, null, "The TAD describes the end to end architecture of smart metering.");
        paragraph(original, "Heading1", "Components");
        paragraph(original, null, "Devices join the home area network through the hub.");
        paragraph(original, null, "The hub forwards commands from the DCC to the meters.");
        Path tad = WordFixtures.save(original, tmp.resolve("tad.docx"));
        assertThat(CliRun.of("docx", "import", tad.toString(), "--out", ws.toString()).exitCode()).isZero();

        // The reviewer's own copy: the same headings, a sentence reworded, a paragraph the TAD never had.
        XWPFDocument own = WordFixtures.specification();
        XWPFParagraph stray = own.createParagraph();
        commentStart(stray, 1);
        WordFixtures.run(stray, "Notes from our internal meeting about billing.");
        commentEnd(stray, 1);
        paragraph(own, "Heading1", "Introduction");
        paragraph(own, null, "The TAD describes the end to end architecture of smart metering.");
        paragraph(own, "Heading1", "Components");
        paragraph(own, null, "Devices join the home area network through the hub.");
        XWPFParagraph hub = own.createParagraph();
        commentStart(hub, 2);
        WordFixtures.run(hub, "The hub forwards commands from the DCC to each meter.");
        inserted(hub, " promptly");
        commentEnd(hub, 2);
        hub.getCTP().addNewR().addNewCommentReference().setId(java.math.BigInteger.valueOf(3));
        byte[] docx = WordFixtures.withComments(WordFixtures.bytes(own),
                comment(1, "Bob", "0000AA01", "Ignore this.")
                        + comment(2, "Ann", "0000AA02", "Which commands?")
                        + comment(3, "Cat", "0000AA03", "All of them."),
                "<w15:commentEx w15:paraId=\"0000AA02\" w15:done=\"1\"/>"
                        + "<w15:commentEx w15:paraId=\"0000AA03\" w15:paraIdParent=\"0000AA02\" w15:done=\"1\"/>");
        Path reviewed = Files.write(tmp.resolve("own.docx"), docx);

        CliRun run = CliRun.of("review", "import", ws.toString(), reviewed.toString(), "--json");

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(List.of(report.get("comments").asInt(), report.get("replies").asInt(),
                report.get("proposedChanges").asInt(), report.get("unplaced").asInt())).containsExactly(2, 1, 1, 1);
        List<Comment> comments = new WorkspaceReader().read(ws).workspace().governance().comments();
        Comment unplaced = comments.stream().filter(c -> c.text().equals("Ignore this.")).findFirst().orElseThrow();
        assertThat(unplaced.target()).isEqualTo(CommentTarget.DOCUMENT);
        assertThat(unplaced.quote()).isEqualTo("Notes from our internal meeting about billing.");
        Comment question = comments.stream().filter(c -> c.text().equals("Which commands?")).findFirst().orElseThrow();
        assertThat(question.targetRef()).isEqualTo("2#2");
        assertThat(question.resolved()).isTrue();
        Comment answer = comments.stream().filter(c -> c.text().equals("All of them.")).findFirst().orElseThrow();
        assertThat(answer.replyTo()).isEqualTo(question.id());
        assertThat(answer.targetRef()).isEqualTo("2#2");
        assertThat(question.quote()).isEqualTo("The hub forwards commands from the DCC to each meter. promptly");
        Comment change = comments.stream().filter(Comment::isProposedChange).findFirst().orElseThrow();
        assertThat(change.targetRef()).isEqualTo("2#2");
        assertThat(change.quote()).isEqualTo("The hub forwards commands from the DCC to the meters.");
        assertThat(change.proposedChange()).isEqualTo("The hub forwards commands from the DCC to each meter. promptly");
        assertThat(CliRun.of("lint", ws.toString()).exitCode()).isZero();
    }

    @Test
    void aFileThatIsNotWordIsRefusedAndNothingIsWritten() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Path notWord = Files.writeString(tmp.resolve("reply.docx"), "Thanks, no comments.");

        CliRun run = CliRun.of("review", "import", ws.toString(), notWord.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("reply.docx").contains("nothing written");
        assertThat(ws.resolve("review/comments.yaml")).doesNotExist();
    }

    @Test
    void aWordFileOver50MegabytesIsRefusedByBothImportsBeforeAnythingIsRead() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Path huge = tmp.resolve("huge.docx");
        try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(51L * 1024 * 1024); // sparse: the size is what is refused, whatever the bytes
        }

        CliRun review = CliRun.of("review", "import", ws.toString(), huge.toString());
        CliRun docx = CliRun.of("docx", "import", huge.toString(), "--out", tmp.resolve("new").toString());

        for (CliRun run : List.of(review, docx)) {
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("huge.docx is 51 MB").contains("over 50 MB are refused").contains("nothing written");
        }
        assertThat(ws.resolve("review")).doesNotExist();
        assertThat(tmp.resolve("new")).doesNotExist();
    }

    @Test
    void commentsOnAnApprovedVersionAreRefusedBecauseItsRecordNoLongerChanges() throws Exception {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Files.createDirectories(ws.resolve("review"));
        Files.writeString(ws.resolve("review/states.yaml"), "states:\n  - version: \"3.0\"\n    state: approved\n");
        Path copy = tmp.resolve("copy.docx");
        assertThat(CliRun.of("review", "docx", ws.toString(), "--version", "3.0", "--out", copy.toString()).exitCode()).isZero();
        Path reviewed = Files.write(tmp.resolve("late.docx"), markUp(Files.readAllBytes(copy), PHRASE, "Too late?", " Late."));

        CliRun run = CliRun.of("review", "import", ws.toString(), reviewed.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("3.0").contains("approved").contains("nothing written");
        assertThat(ws.resolve("review/comments.yaml")).doesNotExist();
    }

    @Test
    void aConsultationThatDoesNotExistIsNamedInTheRefusal() throws Exception {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Path copy = tmp.resolve("copy.docx");
        assertThat(CliRun.of("review", "docx", ws.toString(), "--version", "3.0", "--out", copy.toString()).exitCode()).isZero();

        CliRun run = CliRun.of("review", "import", ws.toString(), copy.toString(), "--consultation", "7");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no consultation 7");
    }

    /**
     * The copy as a reviewer marks it in Word: a comment by Ann Reviewer over the paragraph holding {@code phrase}, and
     * {@code insert} typed at its end with Track Changes on.
     */
    private static byte[] markUp(byte[] docx, String phrase, String text, String insert) throws IOException {
        byte[] marked = WordFixtures.withPart(docx, "word/document.xml", xml -> {
            Matcher p = Pattern.compile("<w:p[ >](?:(?!</w:p>).)*?" + Pattern.quote(phrase) + ".*?</w:p>", Pattern.DOTALL).matcher(xml);
            assertThat(p.find()).as("the copy holds the phrase").isTrue();
            String paragraph = p.group();
            int body = paragraph.contains("</w:pPr>") ? paragraph.indexOf("</w:pPr>") + "</w:pPr>".length() : paragraph.indexOf('>') + 1;
            String markedUp = paragraph.substring(0, body) + "<w:commentRangeStart w:id=\"5\"/>"
                    + paragraph.substring(body, paragraph.length() - "</w:p>".length())
                    + "<w:ins w:id=\"6\" w:author=\"Ann Reviewer\" w:date=\"2026-11-30T10:00:00Z\"><w:r><w:t xml:space=\"preserve\">"
                    + insert + "</w:t></w:r></w:ins><w:commentRangeEnd w:id=\"5\"/><w:r><w:commentReference w:id=\"5\"/></w:r></w:p>";
            return xml.substring(0, p.start()) + markedUp + xml.substring(p.end());
        });
        return WordFixtures.withComments(marked, comment(5, "Ann Reviewer", "0000AA05", text), null);
    }
}
