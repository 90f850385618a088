package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.CommentTarget;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.store.GovernanceStore;

/**
 * A reviewer's marked-up Word file through the browser, over the reference workspace's version 3.0: uploaded in
 * internal review and in consultation (by a respondent for their organisation, by quality assurance on behalf of one),
 * its comments threaded, quoted and dated on the pages, bad and repeated files refused with nothing stored, then,
 * after the consultation, its proposed changes applied through the ordinary edit path or merged by hand.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:wordreviewpages;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=workspaces/sec-tad"})
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WordReviewPagesIntegrationTests {

    private static final String SECTION = ReviewedWordCopy.SECTION;
    private static final RequestPostProcessor QA = ReviewPagesIntegrationTests.QA;
    private static final RequestPostProcessor RITA = ReviewPagesIntegrationTests.respondent("rita", "Example Energy");

    /** Rita's file: the very same bytes are uploaded again in a later test (POI stamps every file it writes). */
    private static byte[] ritasFile;

    @Autowired
    MockMvc mvc;
    @Autowired
    GovernanceStore governance;

    private static MockMultipartHttpServletRequestBuilder upload(String path, String name, byte[] bytes) {
        return multipart(path).file(new MockMultipartFile("file", name, "application/octet-stream", bytes));
    }

    private List<Comment> comments() {
        return governance.loadGovernance("sec-tad").comments();
    }

    @Test
    @Order(1)
    void inInternalReviewTheVersionsCommentsPageTakesAWordFileFromSecasButNotFromARespondent() throws Exception {
        governance.changeState("sec-tad", "3.0", DocumentState.INTERNAL_REVIEW, "dora", AccountRole.DRAFTER, LocalDate.now());
        byte[] internal = ReviewedWordCopy.docx("Name the HHT's owner.", " Internal.", 1);

        String page = mvc.perform(get("/versions/3.0/comments").with(ReviewPagesIntegrationTests.drafter("dora")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Upload a reviewer's Word file (.docx)", "<label for=\"word-file\">")
                .doesNotContain("word-respondent");
        mvc.perform(upload("/versions/3.0/comments/word", "internal.docx", internal).with(RITA).with(csrf()))
                .andExpect(status().isForbidden());
        String otherVersion = mvc.perform(upload("/versions/3.0/comments/word", "copy-2.0.docx",
                        ReviewedWordCopy.docx("On 2.0.", " Old.", 1, "2.0")).with(ReviewPagesIntegrationTests.drafter("dora")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(otherVersion).contains("copy-2.0.docx is the reviewer copy of version 2.0, not of version 3.0");
        assertThat(comments()).isEmpty();

        mvc.perform(upload("/versions/3.0/comments/word", "internal.docx", internal)
                        .with(ReviewPagesIntegrationTests.drafter("dora")).with(csrf()))
                .andExpect(redirectedUrl("/versions/3.0/comments"))
                .andExpect(flash().attribute("message", "1 comments, 1 replies, 1 proposed changes imported from "
                        + "internal.docx (0 attached to the whole document)."));
        assertThat(comments()).hasSize(3).allSatisfy(c -> {
            assertThat(c.consultationId()).isNull();
            assertThat(c.organisation()).isEqualTo("SECAS");
        });
        // internal review: the text may be edited, so a drafter sees the change ready to apply
        assertThat(mvc.perform(get("/versions/3.0/comments").with(ReviewPagesIntegrationTests.drafter("dora")))
                .andReturn().getResponse().getContentAsString())
                .contains("aria-label=\"Replies to comment 1\"", "<button type=\"submit\">Apply to section " + SECTION + "</button>");
    }

    @Test
    @Order(2)
    void aRespondentsWordFileBecomesThreadedQuotedCommentsAndAProposedChangeOnTheConsultation() throws Exception {
        governance.openConsultation("sec-tad", "3.0", List.of("SEC Parties"), LocalDate.of(2019, 3, 12),
                LocalDate.of(2019, 4, 9), List.of(), "qa", AccountRole.QUALITY_ASSURANCE);
        long consultation = governance.loadGovernance("sec-tad").consultations().get(0).id();
        int before = comments().size();

        String form = mvc.perform(get("/consultations/" + consultation).with(RITA)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("action=\"/consultations/" + consultation + "/comments/word\"", "name=\"file\"")
                .doesNotContain("word-respondent");
        ritasFile = ReviewedWordCopy.docx("Which <i>terminal</i>?", " Installers carry it.", 2);
        mvc.perform(upload("/consultations/" + consultation + "/comments/word", "reviewed.docx", ritasFile)
                        .param("respondent", "Not Heeded Ltd").with(RITA).with(csrf()))
                .andExpect(redirectedUrl("/consultations/" + consultation))
                .andExpect(flash().attribute("message", "1 comments, 1 replies, 1 proposed changes imported from "
                        + "reviewed.docx (0 attached to the whole document)."));

        List<Comment> fresh = comments().subList(before, comments().size());
        assertThat(fresh).hasSize(3).allSatisfy(c -> {
            assertThat(c.organisation()).isEqualTo("Example Energy");
            assertThat(c.consultationId()).isEqualTo(consultation);
        });
        Comment top = fresh.get(0);
        Comment reply = fresh.get(1);
        Comment change = fresh.get(2);
        assertThat(top).extracting(Comment::target, Comment::targetRef, Comment::author, Comment::quote, Comment::resolved,
                Comment::createdAt).containsExactly(CommentTarget.PARAGRAPH, SECTION + "#1", "Ann Reviewer",
                "hand held terminal", true, Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(reply.replyTo()).isEqualTo(top.id());
        assertThat(reply.author()).isEqualTo("Cat Author");
        assertThat(change.isProposedChange()).isTrue();
        assertThat(change.targetRef()).isEqualTo(SECTION + "#2");
        assertThat(change.quote()).isEqualTo(ReviewedWordCopy.PARAGRAPH_2);
        assertThat(change.proposedChange()).endsWith("SMETS1 devices. Installers carry it.");

        String page = mvc.perform(get("/consultations/" + consultation).with(QA)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Reply " + reply.id() + " to comment " + top.id(),
                "<blockquote class=\"comment-quote\">hand held terminal</blockquote>",
                "Ann Reviewer, Example Energy (large-supplier), 2026-11-30 09:00 UTC",
                "Resolved: the reviewer marked it done in Word.", "From the Word file reviewed.docx.",
                "<ins><span class=\"vh\">inserted: </span>", "Installers carry it.", "Which &lt;i&gt;terminal&lt;/i&gt;?",
                "id=\"word-respondent\"")
                .doesNotContain("<i>terminal</i>", "Apply to section");
        // the section's own page shows the same thread
        assertThat(mvc.perform(get("/sections/" + SECTION).with(QA)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Reply " + reply.id() + " to comment " + top.id(), "comment-redline");
        // the thread: the reply sits inside its comment's article
        assertThat(page.indexOf("id=\"comment-" + reply.id() + "\"")).isBetween(page.indexOf("id=\"comment-" + top.id() + "\""),
                page.indexOf("id=\"comment-" + change.id() + "\""));
        // the text holds still in consultation: merging by hand is refused as an edit is
        assertThat(mvc.perform(get("/comments/" + change.id() + "/apply").with(ReviewPagesIntegrationTests.drafter("dora")))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString()).contains("under consultation");
    }

    @Test
    @Order(3)
    void theSameFileTwiceABadFileAndAnEncryptedOneAreRefusedWithNothingStored() throws Exception {
        long consultation = governance.loadGovernance("sec-tad").consultations().get(0).id();
        int before = comments().size();

        String again = mvc.perform(upload("/consultations/" + consultation + "/comments/word", "copy-of-reviewed.docx",
                        ritasFile).with(QA).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("Nothing was imported from the Word file", "copy-of-reviewed.docx was already imported");

        String bad = mvc.perform(upload("/consultations/" + consultation + "/comments/word", "notes.docx",
                        "just text".getBytes(StandardCharsets.UTF_8)).with(QA).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("<title>Error: ", "Nothing was imported from the Word file", "notes.docx");

        String hostile = mvc.perform(upload("/consultations/" + consultation + "/comments/word", "hostile.docx",
                        org.tadworkbench.word.WordFixtures.withPart(ReviewedWordCopy.docx("x", " y", 1), "word/comments.xml",
                                old -> "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"))
                        .with(QA).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(hostile).contains("hostile.docx").doesNotContain("root:");
        assertThat(comments()).hasSize(before);
    }

    @Test
    @Order(4)
    void qualityAssuranceUploadsOnBehalfOfTheRespondentItNames() throws Exception {
        long consultation = governance.loadGovernance("sec-tad").consultations().get(0).id();
        int before = comments().size();
        mvc.perform(upload("/consultations/" + consultation + "/comments/word", "acme.docx",
                        ReviewedWordCopy.docx("Say who holds the HHT.", " Each installer holds one.", 1))
                        .param("respondent", " Acme Power ").with(QA).with(csrf()))
                .andExpect(redirectedUrl("/consultations/" + consultation));
        assertThat(comments().subList(before, comments().size())).hasSize(3)
                .allSatisfy(c -> assertThat(c.organisation()).isEqualTo("Acme Power"))
                .extracting(Comment::partyCategory).containsOnly((String) null);
        assertThat(governance.auditTrail("sec-tad").subList(governance.auditTrail("sec-tad").size() - 3,
                governance.auditTrail("sec-tad").size())).allSatisfy(a -> assertThat(a.actor()).isEqualTo("qa"));
    }

    @Test
    @Order(5)
    void afterTheConsultationADrafterAppliesAProposedChangeOrMergesItByHandWhenTheSectionMovedOn() throws Exception {
        governance.changeState("sec-tad", "3.0", DocumentState.CONSULTATION_CLOSED, "qa", AccountRole.QUALITY_ASSURANCE,
                LocalDate.of(2019, 4, 10));
        long consultation = governance.loadGovernance("sec-tad").consultations().get(0).id();
        List<Comment> changes = comments().stream().filter(Comment::isProposedChange)
                .filter(c -> c.consultationId() != null).toList();
        Comment toParagraph2 = changes.get(0);
        Comment toParagraph1 = changes.get(1);
        RequestPostProcessor dora = ReviewPagesIntegrationTests.drafter("dora");

        String page = mvc.perform(get("/consultations/" + consultation).with(dora)).andReturn().getResponse().getContentAsString();
        String[] staleForm = applyForm(page, toParagraph2.id());
        assertThat(staleForm[1]).contains("SMETS1 devices. Installers carry it.", ReviewedWordCopy.PARAGRAPH_1);
        assertThat(mvc.perform(get("/consultations/" + consultation).with(RITA)).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Apply to section");

        // Someone edits paragraph 1 meanwhile: the apply form, made on the older revision, gets the conflict view.
        int revision = governance.section("sec-tad", SECTION).orElseThrow().revision();
        String body = governance.section("sec-tad", SECTION).orElseThrow().section().body();
        mvc.perform(post("/sections/" + SECTION).with(ReviewPagesIntegrationTests.drafter("bob")).with(csrf())
                        .param("revision", String.valueOf(revision))
                        .param("text", body.replace("send local commands", "send commands locally")))
                .andExpect(redirectedUrl("/sections/" + SECTION));
        assertThat(mvc.perform(post("/sections/" + SECTION).with(dora).with(csrf()).param("revision", staleForm[0])
                        .param("text", staleForm[1])).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString()).contains("Someone saved this section while you were editing");

        // Applied again from the page, on the current revision: paragraph 2 still reads as quoted.
        page = mvc.perform(get("/consultations/" + consultation).with(dora)).andReturn().getResponse().getContentAsString();
        String[] form = applyForm(page, toParagraph2.id());
        mvc.perform(post("/sections/" + SECTION).with(dora).with(csrf()).param("revision", form[0]).param("text", form[1]))
                .andExpect(redirectedUrl("/sections/" + SECTION));
        String saved = governance.section("sec-tad", SECTION).orElseThrow().section().body();
        assertThat(saved).contains("SMETS1 devices. Installers carry it.", "send commands locally");
        page = mvc.perform(get("/consultations/" + consultation).with(dora)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Section " + SECTION + " already reads as proposed.");

        // Paragraph 1 moved on since Acme's copy: the link leads to the conflict view to merge by hand.
        assertThat(page).contains("href=\"/comments/" + toParagraph1.id() + "/apply\"");
        String merge = mvc.perform(get("/comments/" + toParagraph1.id() + "/apply").with(dora)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(merge).contains("Merge a proposed change into section <span>" + SECTION + "</span>",
                "name=\"revision\" value=\"" + governance.section("sec-tad", SECTION).orElseThrow().revision() + "\"",
                "send commands locally", "back to DCC. Each installer holds one.");
        mvc.perform(get("/comments/" + toParagraph1.id() + "/apply").with(RITA)).andExpect(status().isForbidden());
    }

    /** The revision and text of the apply form of comment {@code id} on a page (unescaped as the browser sends them). */
    private static String[] applyForm(String page, long id) {
        String from = page.substring(page.indexOf("id=\"comment-" + id + "\""));
        Matcher m = Pattern.compile("action=\"/sections/" + Pattern.quote(SECTION) + "\">.*?name=\"revision\" value=\"(\\d+)\""
                + ".*?name=\"text\" value=\"([^\"]*)\".*?Apply to section", Pattern.DOTALL).matcher(from);
        assertThat(m.find()).as("an apply form for comment " + id).isTrue();
        return new String[] {m.group(1), HtmlUtils.htmlUnescape(m.group(2))};
    }
}
