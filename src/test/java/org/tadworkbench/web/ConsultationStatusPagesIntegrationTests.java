package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tadworkbench.web.ReviewPagesIntegrationTests.QA;
import static org.tadworkbench.web.ReviewPagesIntegrationTests.respondent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.CommentTarget;
import org.tadworkbench.review.Consultation;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.store.GovernanceStore;
import org.tadworkbench.store.WorkspaceStore;

/**
 * The consultation page, the version list, the comments page and the "Response to consultation" say the
 * consultation's real state and, for each reader, how many comments exist beyond those shown: while open "Open until"
 * (never "Closed"), and an anonymous reader is told the comments exist rather than "No comments were received".
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:consultationstatus;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=workspaces/sec-tad"})
@AutoConfigureMockMvc
class ConsultationStatusPagesIntegrationTests {

    private static final MovableClock CLOCK = new MovableClock(LocalDate.of(2026, 11, 20));

    @TestBean
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    GovernanceStore governance;
    @Autowired
    WorkspaceStore workspaces;

    static Clock clock() {
        return CLOCK;
    }

    @Test
    void whileOpenEveryReaderIsToldItIsOpenAndHowManyCommentsTheyDoNotSeeThenAfterCloseAllIsShown() throws Exception {
        String ws = workspaces.workspaceIds().get(0);
        CLOCK.today(LocalDate.of(2026, 11, 20));
        governance.changeState(ws, "3.0", DocumentState.INTERNAL_REVIEW, "alice", AccountRole.DRAFTER, CLOCK.today());
        Consultation consultation = governance.openConsultation(ws, "3.0", List.of("SEC Parties"), LocalDate.of(2026, 11, 23),
                LocalDate.of(2027, 1, 4), List.of("Is section 4 clear?"), "qa", AccountRole.QUALITY_ASSURANCE);
        String page = "/consultations/" + consultation.id();
        assertThat(text(page, null)).contains("Opens on 23 November 2026 and closes on 4 January 2027");

        CLOCK.today(LocalDate.of(2026, 12, 10));
        comment(ws, "rita", "Example Energy", "Point from Rita on the whole document");
        comment(ws, "otto", "Other Power", "First point from Otto");
        comment(ws, "otto", "Other Power", "Second point from Otto");

        assertThat(text(page, null)).contains("Open until 4 January 2027", "Closes on", "3 comments received (0 with a "
                + "disposition); none shown to you; they are published when the consultation closes").doesNotContain("Closed");
        assertThat(text(page, respondent("rita", "Example Energy")))
                .contains("3 comments received (0 with a disposition); 1 shown to you; the others are published when the "
                        + "consultation closes", "Point from Rita").doesNotContain("Otto");
        assertThat(text(page, QA)).contains("Open until 4 January 2027", "3 comments received (0 with a disposition).",
                "Second point from Otto").doesNotContain("shown to you");
        assertThat(text("/versions", null)).contains("Consultation " + consultation.id() + ": Open until 4 January 2027");
        assertThat(text("/versions/3.0/comments", null)).contains("Open until 4 January 2027",
                "none shown to you; they are published when the consultation closes");

        String open = pdf(page, null);
        assertThat(open).contains("Consultation " + consultation.id() + ": Open until 4 January 2027",
                        "Closes on 4 January 2027", "The consultation has not closed",
                        "3 comments received (0 with a disposition); none shown to you")
                .doesNotContain("Closed", "No comments were received", "Otto");
        assertThat(pdf(page, QA)).contains("Open until 4 January 2027", "Second point from Otto", "Point from Rita")
                .doesNotContain("Closed");

        // Quality assurance closes it the day after its closing date: that is the date shown from then on.
        CLOCK.today(LocalDate.of(2027, 1, 5));
        governance.changeState(ws, "3.0", DocumentState.CONSULTATION_CLOSED, "qa", AccountRole.QUALITY_ASSURANCE, CLOCK.today());
        CLOCK.today(LocalDate.of(2027, 1, 20));

        String closed = pdf(page, null);
        assertThat(closed).contains("Consultation " + consultation.id() + ": Closed on 5 January 2027",
                        "Closed on 5 January 2027", "3 comments received (0 with a disposition).", "First point from Otto",
                        "Point from Rita")
                .doesNotContain("shown to you", "has not closed", "Open until");
        assertThat(text(page, null)).contains("Closed on 5 January 2027", "First point from Otto").doesNotContain("Open until");
        assertThat(text("/versions", null)).contains("Consultation " + consultation.id() + ": Closed on 5 January 2027");
    }

    private void comment(String ws, String author, String organisation, String text) {
        governance.addComment(ws, new Comment(0, "3.0", CommentTarget.DOCUMENT, null, author, organisation,
                "large-supplier", text, null, null, null), AccountRole.RESPONDENT);
    }

    private String text(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(request(path, who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String pdf(String page, RequestPostProcessor who) throws Exception {
        byte[] bytes = mvc.perform(request(page + "/response.pdf", who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static MockHttpServletRequestBuilder request(String path, RequestPostProcessor who) {
        MockHttpServletRequestBuilder request = get(path);
        return who == null ? request : request.with(who);
    }
}
