package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tadworkbench.web.SignedIn.as;
import static org.tadworkbench.web.SignedIn.drafter;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.review.ReviewException;
import org.tadworkbench.store.GovernanceStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The review route through HTTP, over the mini workspace (2.0 a draft with release date 2019-03-12, 1.0 live) in its
 * own in-memory H2 database, with a clock the steps move on: who may read the draft in each state, who may take each
 * step, the TABASC decision, publication, go-live refused before the release date, the notice in the outbox and its
 * Atom feed, and the audit trail with its exports. The steps build on each other, hence the order.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:reviewweb;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=src/test/resources/workspaces/mini",
        "tad.notices.recipients=sec-parties@example.org, tbec@example.org"})
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewWorkflowWebTests {

    private static final MovableClock CLOCK = new MovableClock(LocalDate.of(2019, 3, 1));
    /** A display name a spreadsheet would take for a formula, with a comma and quotes. */
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"x\")";

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    GovernanceStore governance;

    private static final RequestPostProcessor RESPONDENT = as("rita", AccountRole.RESPONDENT);
    private static final RequestPostProcessor QA = as("quinn", AccountRole.QUALITY_ASSURANCE);
    private static final RequestPostProcessor CHAIR = as("carol", AccountRole.TABASC_CHAIR);

    @Test
    @Order(1)
    void theDraftIsHiddenFromRespondentsAndAnonymousReadersWithTheReason() throws Exception {
        assertThat(body(get("/outline"), 403)).contains("Version 2.0 is in draft", "sign in with such an account");
        assertThat(body(get("/sections/4.2").with(RESPONDENT), 403))
                .contains("Version 2.0 is in draft", "not to a SEC Party respondent").doesNotContain("application model");
        body(get("/versions/2.0/tad.html").with(RESPONDENT), 403);
        body(get("/redline").param("from", "1.0").param("to", "2.0"), 403);
        body(get("/sections/4.2").with(as("tom", AccountRole.TBEC_MEMBER)), 403);
        assertThat(body(get("/sections/4.2").with(drafter()), 200)).contains("<strong>application model</strong>");
        body(get("/outline").with(as("tess", AccountRole.TABASC_MEMBER)), 200);
    }

    @Test
    @Order(2)
    void aRespondentCannotMoveApproveOrDecideNorReadTheAuditTrail() throws Exception {
        body(post("/versions/2.0/state").param("to", "internal-review").with(RESPONDENT).with(csrf()), 403);
        body(post("/versions/2.0/decision").param("outcome", "approved").param("date", "2019-03-05")
                .param("minute", "TABASC_45").with(RESPONDENT).with(csrf()), 403);
        body(post("/versions/2.0/decision").param("outcome", "approved").param("date", "2019-03-05")
                .param("minute", "TABASC_45").with(drafter()).with(csrf()), 403);
        body(get("/audit").with(RESPONDENT), 403);
        body(get("/audit.csv"), 403);
        body(get("/audit.json"), 403);
        assertThat(body(get("/versions").with(RESPONDENT), 200)).contains("draft").doesNotContain("Move to");
    }

    @Test
    @Order(3)
    void draftersSendTheDraftToInternalReviewAndBack() throws Exception {
        assertThat(body(get("/versions").with(drafter()), 200)).contains("Move to internal review");
        step("/versions/2.0/state", drafter(), "to", "internal-review");
        step("/versions/2.0/state", as(FORMULA_NAME, AccountRole.DRAFTER), "to", "draft");
        step("/versions/2.0/state", drafter(), "to", "internal-review");
        assertThat(body(get("/versions").with(QA), 200)).contains("internal review",
                "href=\"/versions/2.0/consultation/new\"", "Move to draft");
        assertThat(body(post("/versions/2.0/state").param("to", "published").with(QA).with(csrf()), 409))
                .contains("a internal review version cannot become published");
        assertThat(body(post("/versions/2.0/state").param("to", "nonsense").with(QA).with(csrf()), 400))
                .contains("&#39;nonsense&#39; is not a state");
    }

    @Test
    @Order(4)
    void duringTheConsultationRespondentsReadTheDraft() throws Exception {
        governance.openConsultation("mini", "2.0", List.of("SEC Parties"), LocalDate.of(2019, 1, 7),
                LocalDate.of(2019, 2, 4), List.of(), "quinn", AccountRole.QUALITY_ASSURANCE);
        assertThat(body(get("/sections/4.2").with(RESPONDENT), 200)).contains("<strong>application model</strong>");
        body(get("/sections/4.2").with(as("tom", AccountRole.TBEC_MEMBER)), 200);
        body(get("/outline"), 200);
        assertThat(body(get("/versions"), 200)).contains("consultation", "href=\"/consultations/1\"");

        CLOCK.today(LocalDate.of(2019, 2, 1));
        assertThat(body(post("/versions/2.0/state").param("to", "consultation-closed").with(QA).with(csrf()), 409))
                .contains("closes on 2019-02-04, its published closing date; it cannot be closed before");
        CLOCK.today(LocalDate.of(2019, 2, 4));
        step("/versions/2.0/state", QA, "to", "consultation-closed");
        body(get("/sections/4.2").with(RESPONDENT), 403);
    }

    @Test
    @Order(5)
    void onlyTheTabascChairDecides() throws Exception {
        assertThat(body(get("/versions").with(CHAIR), 200)).contains("Record the TABASC decision on version 2.0",
                "<label for=\"minute-2.0\">Minute reference</label>");
        CLOCK.today(LocalDate.of(2019, 3, 6));
        assertThat(body(post("/versions/2.0/decision").param("outcome", "approved").param("date", "2030-01-01")
                .param("minute", "TABASC_45").with(CHAIR).with(csrf()), 409)).contains("in the future (today is 2019-03-06)");
        assertThat(body(post("/versions/2.0/decision").param("outcome", "approved").param("date", "5 March")
                .param("minute", "TABASC_45").with(CHAIR).with(csrf()), 400)).contains("is not a date");
        step("/versions/2.0/decision", CHAIR, "outcome", "approved-with-changes", "date", "2019-03-05",
                "minute", "TABASC_45_0503/7");
        assertThat(body(get("/versions"), 200)).contains("approved with changes on 2019-03-05 (minute TABASC_45_0503/7, recorded by carol)");
    }

    @Test
    @Order(6)
    void qualityAssurancePublishesAndThePublishedVersionIsImmutable() throws Exception {
        body(post("/versions/2.0/state").param("to", "published").with(drafter()).with(csrf()), 403);
        String confirm = body(get("/versions/2.0/publish").with(QA), 200);
        assertThat(confirm).contains("Publish version 2.0?", "Document control", "href=\"/redline?from=1.0&amp;to=2.0\"");
        step("/versions/2.0/state", QA, "to", "published", "acknowledge", "yes");
        assertThat(body(get("/versions"), 200)).contains("published");
        body(get("/sections/4.2").with(RESPONDENT), 200);
        int revision = governance.section("mini", "4.2").orElseThrow().revision();
        assertThatThrownBy(() -> governance.updateSection("mini", "4.2", revision, "new text", null, "dora"))
                .isInstanceOf(ReviewException.class).hasMessageContaining("immutable");
    }

    @Test
    @Order(7)
    void goLiveIsRefusedBeforeTheReleaseDateThenRecordsTheNotice() throws Exception {
        CLOCK.today(LocalDate.of(2019, 3, 11));
        body(post("/versions/2.0/go-live").with(drafter()).with(csrf()), 403);
        assertThat(body(post("/versions/2.0/go-live").with(QA).with(csrf()), 409))
                .contains("goes live on its release date 2019-03-12, not before (today is 2019-03-11)");
        assertThat(body(get("/notices"), 200)).contains("No notice has been recorded yet.");

        CLOCK.today(LocalDate.of(2019, 3, 12));
        step("/versions/2.0/go-live", QA);
        assertThat(body(get("/versions"), 200)).containsSubsequence("Version 1.0", "superseded", "Version 2.0", "live");
        assertThat(body(get("/notices"), 200)).contains("id=\"notice-1\"", "in the outbox",
                "sec-parties@example.org, tbec@example.org",
                "Technical Architecture Document version 2.0 is live from 2019-03-12, for release r1.");

        MvcResult atom = mvc.perform(get("/notices.atom")).andExpect(status().isOk()).andReturn();
        assertThat(atom.getResponse().getContentType()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(atom.getResponse().getContentAsByteArray()));
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(text(root, "id")).isEqualTo("tag:tad-workbench,2019:mini/notices");
        Element entry = (Element) root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0);
        assertThat(text(entry, "id")).isEqualTo("tag:tad-workbench,2019:mini/notices/1");
        assertThat(text(entry, "updated")).isEqualTo("2019-03-12T00:00:00Z");
        assertThat(text(entry, "content")).startsWith("Technical Architecture Document version 2.0 is live");
    }

    @Test
    @Order(8)
    void theAuditTrailShowsBeforeAndAfterAndExportsSafely() throws Exception {
        String page = body(get("/audit").with(as("tess", AccountRole.TABASC_MEMBER)), 200);
        assertThat(page).containsSubsequence("notice-recorded", "state-changed", "version 2.0", "published", "live");
        assertThat(page).contains("<td>dora</td>", "draft", "internal-review");
        assertThat(body(get("/audit").param("kind", "notice").with(QA), 200)).contains("notice-recorded")
                .doesNotContain("state-changed");
        body(get("/audit").param("kind", "bogus").with(QA), 400);

        MvcResult csv = mvc.perform(get("/audit.csv").with(drafter())).andExpect(status().isOk()).andReturn();
        assertThat(csv.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("sequence,at,actor,action,subject kind,subject,before,after\r\n");
        assertThat(text).contains(",dora,state-changed,version,2.0,draft,internal-review\r\n");
        // The formula-like actor is prefixed with an apostrophe (and quoted for its comma and quotes).
        assertThat(text).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",state-changed,version,2.0,internal-review,draft\r\n");
        assertThat(text).doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");

        String json = body(get("/audit.json").param("kind", "version").with(as("ada", AccountRole.ADMINISTRATOR)), 200);
        assertThat(json).contains("\"action\":\"state-changed\"", "\"before\":\"published\"", "\"after\":\"live\"")
                .doesNotContain("notice-recorded");
    }

    private void step(String url, RequestPostProcessor who, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post(url).with(who).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
    }
}
