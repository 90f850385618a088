package org.tadworkbench.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tadworkbench.word.WordFixtures.deleted;
import static org.tadworkbench.word.WordFixtures.inserted;
import static org.tadworkbench.word.WordFixtures.run;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.tadworkbench.SharedFolder;

/** Reviewers' comments and tracked changes read as data, for turning a reviewer's Word copy into review comments. */
class WordReaderReviewMarkupTests {

    private static final String NS = WordFixtures.COMMENT_NAMESPACES;

    @TempDir
    Path dir;

    /** A reviewer's copy: two overlapping comments across two paragraphs, a reply, changes of every common kind. */
    private Path reviewedCopy(String commentsXml) throws Exception {
        XWPFDocument doc = new XWPFDocument();
        XWPFParagraph p1 = doc.createParagraph();
        p1.getCTP().addNewBookmarkStart().setName("clause-3.1");
        run(p1, "Alpha ");
        WordFixtures.commentStart(p1, 1);
        run(p1, "beta ");
        WordFixtures.commentStart(p1, 2);
        run(p1, "gamma");
        XWPFParagraph p2 = doc.createParagraph();
        run(p2, "delta");
        WordFixtures.commentEnd(p2, 1);
        run(p2, " epsilon");
        WordFixtures.commentEnd(p2, 2);
        p2.getCTP().addNewR().addNewCommentReference().setId(BigInteger.valueOf(3));
        XWPFParagraph p3 = doc.createParagraph();
        run(p3, "Zeta");
        inserted(p3, " eta");
        deleted(p3, " theta");
        var change = run(p3, " iota").getCTR().addNewRPr().addNewRPrChange();
        change.setId(BigInteger.valueOf(700));
        change.setAuthor("Formatter");
        var mark = p3.getCTP().addNewPPr().addNewRPr().addNewDel();
        mark.setId(BigInteger.valueOf(701));
        mark.setAuthor("Joiner");
        run(doc.createParagraph(), "Kappa");
        byte[] docx = WordFixtures.withPart(WordFixtures.bytes(doc), "word/comments.xml", old -> commentsXml);
        docx = WordFixtures.withPart(docx, "word/commentsExtended.xml", old -> "<w15:commentsEx " + NS + ">"
                + "<w15:commentEx w15:paraId=\"0000AA01\" w15:done=\"1\"/>"
                + "<w15:commentEx w15:paraId=\"0000AA02\" w15:done=\"0\"/>"
                + "<w15:commentEx w15:paraId=\"0000AA03\" w15:paraIdParent=\"0000AA01\" w15:done=\"0\"/>"
                + "</w15:commentsEx>");
        docx = WordFixtures.withPart(docx, "word/_rels/document.xml.rels", old -> old.replace("</Relationships>",
                "<Relationship Id=\"rIdC1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>"
                        + "<Relationship Id=\"rIdC2\" Type=\"http://schemas.microsoft.com/office/2011/relationships/commentsExtended\" Target=\"commentsExtended.xml\"/>"
                        + "</Relationships>"));
        return Files.write(dir.resolve("reviewed.docx"), docx);
    }

    private static String comments() {
        return "<w:comments " + NS + ">"
                + WordFixtures.comment(1, "Ann Reviewer", "0000AA01", "Say which meter.", "Both variants?")
                + WordFixtures.comment(2, "Bob Reviewer", "0000AA02", "Overlaps the first.")
                + WordFixtures.comment(3, "Cat Author", "0000AA03", "Both, see 4.2.")
                + "</w:comments>";
    }

    @Test
    void comments_are_placed_quoted_and_threaded() throws Exception {
        WordDocument d = new WordReader().read(reviewedCopy(comments()), "reviewed.docx");
        List<WordComment> comments = d.review().comments();

        assertThat(comments).extracting(WordComment::id).containsExactly("1", "2", "3");
        WordComment first = comments.get(0);
        assertThat(first.author()).isEqualTo("Ann Reviewer");
        assertThat(first.initials()).isEqualTo("RV");
        assertThat(first.date()).isEqualTo("2026-11-30T09:00:00Z");
        assertThat(first.text()).isEqualTo("Say which meter.\n\nBoth variants?");
        assertThat(first.paragraph()).isEqualTo(1);
        assertThat(first.quote()).isEqualTo("beta gamma\ndelta");
        assertThat(first.done()).isTrue();
        // the overlapping range starts inside the first and ends after it
        assertThat(comments.get(1).quote()).isEqualTo("gamma\ndelta epsilon");
        assertThat(comments.get(1).done()).isFalse();
        // a reply has no range of its own here: it is placed where it is referenced, and threaded by paraId
        assertThat(comments.get(2).parentId()).isEqualTo("1");
        assertThat(comments.get(2).paragraph()).isEqualTo(2);
        assertThat(d.review().replies()).hasSize(1);
        // comments never become text
        assertThat(d.body()).allSatisfy(b -> assertThat(((Paragraph) b).text()).doesNotContain("meter"));
    }

    @Test
    void tracked_changes_are_listed_with_author_paragraph_and_text_in_either_view() throws Exception {
        Path file = reviewedCopy(comments());
        for (WordReader.Options view : List.of(WordReader.Options.ACCEPTED, WordReader.Options.REJECTED)) {
            WordDocument d = new WordReader().read(file, "reviewed.docx", view);
            assertThat(d.review().changes()).as(view.toString()).containsExactly(
                    new TrackedChange(TrackedChange.Kind.PARAGRAPH_DELETED, "Joiner", null, 3, ""),
                    new TrackedChange(TrackedChange.Kind.INSERTION, "Reviewer", null, 3, " eta"),
                    new TrackedChange(TrackedChange.Kind.DELETION, "Reviewer", null, 3, " theta"),
                    new TrackedChange(TrackedChange.Kind.FORMATTING, "Formatter", null, 3, ""));
        }
    }

    @Test
    void bookmarks_stay_on_their_paragraph_so_anchors_can_be_placed() throws Exception {
        WordDocument d = new WordReader().read(reviewedCopy(comments()), "reviewed.docx");
        assertThat(((Paragraph) d.body().get(0)).bookmarks()).containsExactly("clause-3.1");
    }

    @Test
    void a_document_without_review_markup_has_none() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        run(doc.createParagraph(), "Plain.");
        Path file = WordFixtures.save(doc, dir.resolve("plain.docx"));
        assertThat(new WordReader().read(file, "plain.docx").review().isEmpty()).isTrue();
    }

    @Test
    void a_comments_part_with_a_doctype_is_refused() throws Exception {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<w:comments " + NS + ">" + WordFixtures.comment(1, "&e;", "0000AA01", "x") + "</w:comments>";
        Path file = reviewedCopy(hostile);
        assertThatThrownBy(() -> new WordReader().read(file, "reviewed.docx"))
                .isInstanceOf(WordFileException.class)
                .hasMessageContaining("reviewed.docx").hasMessageContaining("comments.xml");
    }

    @Test
    void durable_ids_and_utc_dates_are_read_when_word_wrote_them() throws Exception {
        byte[] docx = Files.readAllBytes(reviewedCopy(comments()));
        docx = WordFixtures.withPart(docx, "word/commentsIds.xml", old -> "<w16cid:commentsIds "
                + "xmlns:w16cid=\"http://schemas.microsoft.com/office/word/2016/wordml/cid\">"
                + "<w16cid:commentId w16cid:paraId=\"0000AA01\" w16cid:durableId=\"1A2B3C4D\"/></w16cid:commentsIds>");
        docx = WordFixtures.withPart(docx, "word/commentsExtensible.xml", old -> "<w16cex:commentsExtensible "
                + "xmlns:w16cex=\"http://schemas.microsoft.com/office/word/2018/wordml/cex\">"
                + "<w16cex:commentExtensible w16cex:durableId=\"1A2B3C4D\" w16cex:dateUtc=\"2026-11-30T08:00:00Z\"/>"
                + "</w16cex:commentsExtensible>");
        docx = WordFixtures.withPart(docx, "word/_rels/document.xml.rels", old -> old.replace("</Relationships>",
                "<Relationship Id=\"rIdC3\" Type=\"http://schemas.microsoft.com/office/2016/09/relationships/commentsIds\" Target=\"commentsIds.xml\"/>"
                        + "<Relationship Id=\"rIdC4\" Type=\"http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible\" Target=\"commentsExtensible.xml\"/>"
                        + "</Relationships>"));
        Path file = Files.write(dir.resolve("durable.docx"), docx);
        List<WordComment> comments = new WordReader().read(file, "durable.docx").review().comments();
        assertThat(comments.get(0).durableId()).isEqualTo("1A2B3C4D");
        assertThat(comments.get(0).dateUtc()).isEqualTo("2026-11-30T08:00:00Z");
        assertThat(comments.get(1).durableId()).isNull();
    }

    @Test
    void a_comment_on_deleted_text_is_placed_in_either_view() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        run(doc.createParagraph(), "First.");
        XWPFParagraph p = doc.createParagraph();
        run(p, "Keep");
        var del = p.getCTP().addNewDel();
        del.setId(BigInteger.valueOf(900));
        del.setAuthor("Reviewer");
        del.addNewCommentRangeStart().setId(BigInteger.valueOf(5));
        del.addNewR().addNewDelText().setStringValue(" gone");
        del.addNewCommentRangeEnd().setId(BigInteger.valueOf(5));
        byte[] docx = WordFixtures.withPart(WordFixtures.bytes(doc), "word/comments.xml",
                old -> "<w:comments " + NS + ">" + WordFixtures.comment(5, "Ann", "0000AA05", "Why?") + "</w:comments>");
        docx = WordFixtures.withPart(docx, "word/_rels/document.xml.rels", old -> old.replace("</Relationships>",
                "<Relationship Id=\"rIdC1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>"
                        + "</Relationships>"));
        Path file = Files.write(dir.resolve("deleted.docx"), docx);
        for (WordReader.Options view : List.of(WordReader.Options.ACCEPTED, WordReader.Options.REJECTED)) {
            WordComment c = new WordReader().read(file, "deleted.docx", view).review().comments().get(0);
            assertThat(c.paragraph()).as(view.toString()).isEqualTo(2);
        }
    }

    // ---- Word files made by other programs (public test files kept in ../shared, never copied into the project) ----

    private static WordDocument fixture(String name) throws Exception {
        Path file = SharedFolder.require("fixtures/docx/" + name);
        return new WordReader().read(file, name);
    }

    @Test
    void pandoc_comments_across_paragraphs_overlapping_and_a_reply_are_all_placed() throws Exception {
        List<WordComment> comments = fixture("pandoc-comments.docx").review().comments();

        assertThat(comments).hasSize(5).allSatisfy(c -> assertThat(c.placed()).isTrue());
        assertThat(comments.stream().filter(c -> !c.isReply())).hasSize(4);
        assertThat(comments.get(4).parentId()).isEqualTo("3");
        assertThat(comments.get(1).quote()).contains("\n");
        assertThat(comments.get(2).text()).isEqualTo("This one has multiple paragraphs.\n\nSee?");
        assertThat(comments.get(3).paragraph()).isEqualTo(comments.get(4).paragraph());
        assertThat(comments).allSatisfy(c -> assertThat(c.author()).isEqualTo("Jesse Rosenthal"));
    }

    @Test
    void python_docx_comments_with_rich_paragraphs_keep_their_text() throws Exception {
        List<WordComment> comments = fixture("python-docx-comments-rich-para.docx").review().comments();
        assertThat(comments).hasSize(4).allSatisfy(c -> assertThat(c.placed()).isTrue());
        assertThat(comments.get(0).text()).contains("hyperlink");
        assertThat(comments.get(0).quote()).isEqualTo("Some text worthy of note.");
    }

    @Test
    void pandoc_tracked_insertion_deletion_and_move() throws Exception {
        assertThat(fixture("pandoc-track_changes_insertion.docx").review().changes())
                .extracting(TrackedChange::kind, TrackedChange::author)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TrackedChange.Kind.INSERTION, "eng-dept"));
        assertThat(fixture("pandoc-track_changes_deletion.docx").review().count(TrackedChange.Kind.DELETION))
                .isEqualTo(1);
        ReviewMarkup move = fixture("pandoc-track_changes_move.docx").review();
        assertThat(move.changes()).extracting(TrackedChange::kind)
                .containsExactlyInAnyOrder(TrackedChange.Kind.MOVE_FROM, TrackedChange.Kind.MOVE_TO);
        assertThat(move.changes().get(0).text()).isEqualTo(move.changes().get(1).text()).isNotEmpty();
    }

    @Test
    void poi_delins_counts_every_change() throws Exception {
        ReviewMarkup review = fixture("poi-delins.docx").review();
        // 32 w:ins elements: 13 around runs, 13 on paragraph marks, and 6 inside w:rPrChange, where they describe the
        // properties before a formatting change rather than a change of their own.
        assertThat(review.count(TrackedChange.Kind.INSERTION)).isEqualTo(13);
        assertThat(review.count(TrackedChange.Kind.PARAGRAPH_INSERTED)).isEqualTo(13);
        assertThat(review.count(TrackedChange.Kind.DELETION) + review.count(TrackedChange.Kind.PARAGRAPH_DELETED))
                .isEqualTo(4);
        assertThat(review.count(TrackedChange.Kind.FORMATTING)).isEqualTo(46);
        assertThat(review.changes()).allSatisfy(c -> assertThat(c.author()).isEqualTo("pavel"));
    }

    @Test
    void tika_792_moves_and_deletions_without_dates() throws Exception {
        ReviewMarkup review = fixture("poi-Tika-792.docx").review();
        assertThat(review.count(TrackedChange.Kind.MOVE_FROM)).isEqualTo(1);
        assertThat(review.count(TrackedChange.Kind.MOVE_TO)).isEqualTo(1);
        assertThat(review.count(TrackedChange.Kind.DELETION)).isEqualTo(2);
    }

    @Test
    void a_deleted_table_row_is_listed_with_its_cells() throws Exception {
        List<TrackedChange> changes = fixture("oxpt-RP009-Deleted-Table-Row.docx").review().changes();
        assertThat(changes).extracting(TrackedChange::kind).containsExactly(TrackedChange.Kind.ROW_DELETED);
        assertThat(changes.get(0).author()).isEqualTo("Eric White");
        assertThat(changes.get(0).text()).isNotBlank();
    }
}
