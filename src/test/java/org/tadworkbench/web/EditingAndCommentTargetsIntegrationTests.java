package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.document.Paragraphs;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.store.GovernanceStore;
import org.tadworkbench.store.WorkspaceStore;

/**
 * Editing and commenting as the review route promises, over the reference workspace (version 3.0): a save runs the
 * build checks first, comments land only on sections, paragraphs and figures the version has, and once the
 * consultation opens no edit is offered and one sent anyway is refused keeping the typed text. The tests run in
 * the order the version moves on (draft, internal review, consultation).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:editingtargets;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=workspaces/sec-tad"})
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditingAndCommentTargetsIntegrationTests {

    private static final Pattern REVISION = Pattern.compile("name=\"revision\" value=\"(\\d+)\"");
    private static final RequestPostProcessor DRAFTER = ReviewPagesIntegrationTests.drafter("dora");
    private static final RequestPostProcessor QA = ReviewPagesIntegrationTests.QA;

    @Autowired
    MockMvc mvc;
    @Autowired
    GovernanceStore governance;
    @Autowired
    WorkspaceStore workspaces;

    @Test
    @Order(1)
    void aSaveWithABuildErrorIsRefusedByLineKeepingTheTextAndStoresNothing() throws Exception {
        String before = body("1.3");
        String typed = "First line of the new text.\n\nThe SMETS meters are described here.\n";
        String page = mvc.perform(post("/sections/1.3").with(DRAFTER).with(csrf()).param("revision", revision("1.3"))
                        .param("text", typed))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Not saved: the build checks found errors", "section 1.3, line 3:",
                "deprecated term &#39;SMETS&#39;", "The SMETS meters are described here.", "Sign out");
        assertThat(body("1.3")).isEqualTo(before);
    }

    @Test
    @Order(2)
    void aSaveWithOnlyWarningsGoesThroughAndShowsThem() throws Exception {
        String typed = "The Data and Communications Company runs the network.\n";
        mvc.perform(post("/sections/1.3").with(DRAFTER).with(csrf()).param("revision", revision("1.3"))
                        .param("text", typed))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("message")))
                        .contains("saved as revision", "line 1:", "Data and Communications Company"));
        assertThat(body("1.3")).isEqualTo(typed);
    }

    @Test
    @Order(3)
    void thePreviewRendersATableWithItsCaptionAsPublishingDoesAndListsTheChecks() throws Exception {
        String typed = "Table 1.4: Parties\n\n| Party | Role |\n|---|---|\n| DCC | Operator |\n\nSMETS here.\n";
        String page = mvc.perform(post("/sections/1.4").with(DRAFTER).with(csrf()).param("revision", revision("1.4"))
                        .param("text", typed).param("preview", "preview"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<table class=\"md-table\">", "<caption>Table 1.4: Parties</caption>",
                "<th scope=\"col\">Party</th>", "<td>Operator</td>", "section 1.4, line 7:");
    }

    @Test
    @Order(4)
    void theSectionPageNumbersItsParagraphsWithAnchors() throws Exception {
        int count = Paragraphs.count(body("4.2.1"));
        String page = page("/sections/4.2.1", DRAFTER);
        for (int n = 1; n <= count; n++) {
            assertThat(page).contains("id=\"p" + n + "\"", "href=\"#p" + n + "\"");
        }
        assertThat(page).doesNotContain("id=\"p" + (count + 1) + "\"");
        assertThat(page).contains("Edit this section");
    }

    @Test
    @Order(5)
    void aCommentOnAParagraphSectionOrFigureThatDoesNotExistIsA400KeepingTheText() throws Exception {
        governance.changeState(ws(), "3.0", DocumentState.INTERNAL_REVIEW, "dora", AccountRole.DRAFTER, LocalDate.now());
        int count = Paragraphs.count(body("4.2.1"));
        int before = comments();
        String refused = comment("paragraph", "4.2.1#" + (count + 1), "My careful words on a paragraph.", 400);
        assertThat(refused).contains("Section 4.2.1 of version 3.0 has " + count + " paragraph",
                "there is no paragraph " + (count + 1), "My careful words on a paragraph.",
                "value=\"4.2.1#" + (count + 1) + "\"", "<option value=\"paragraph\" selected=\"selected\">", "Sign out");
        assertThat(comment("section", "9.9", "On a missing section.", 400)).contains("Version 3.0 has no section 9.9.",
                "On a missing section.");
        assertThat(comment("figure", "nosuchview", "On a missing figure.", 400))
                .contains("Version 3.0 has no figure of view &#39;nosuchview&#39;", "On a missing figure.");
        assertThat(comments()).isEqualTo(before);

        comment("paragraph", "4.2.1#" + count, "On the last paragraph.", 302);
        comment("figure", "business-interactions", "On a figure the text shows.", 302);
        assertThat(comments()).isEqualTo(before + 2);
        // The comment list links each comment to what it is on, numbered as the section page numbers it.
        assertThat(page("/versions/3.0/comments", QA)).contains("href=\"/sections/4.2.1#p" + count + "\"",
                "href=\"/model/views/business-interactions\"");
        // While comments are taken, each paragraph offers a comment on it, which fills in the form.
        assertThat(page("/sections/4.2.1", QA)).contains("href=\"?paragraph=1#comment-form-title\"");
        assertThat(page("/sections/4.2.1?paragraph=2", QA)).contains("value=\"4.2.1#2\"");
    }

    @Test
    @Order(6)
    void underConsultationNoEditIsOfferedAndASaveSentAnywayIsRefusedKeepingTheText() throws Exception {
        governance.openConsultation(ws(), "3.0", List.of("SEC Parties"), LocalDate.of(2019, 3, 12),
                LocalDate.of(2019, 4, 9), List.of(), "qa", AccountRole.QUALITY_ASSURANCE);
        String revision = String.valueOf(governance.section(ws(), "1.1").orElseThrow().revision());
        String before = body("1.1");
        assertThat(page("/sections/1.1", DRAFTER)).doesNotContain("Edit this section");
        String form = mvc.perform(get("/sections/1.1/edit").with(DRAFTER)).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).doesNotContain("name=\"revision\"").contains("Version 3.0 is under consultation", "Sign out");

        String refused = mvc.perform(post("/sections/1.1").with(DRAFTER).with(csrf()).param("revision", revision)
                        .param("text", "My edit typed during the consultation."))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Version 3.0 is under consultation", "My edit typed during the consultation.",
                "Sign out<span> (dora)</span>");
        assertThat(body("1.1")).isEqualTo(before);
    }

    private String comment(String target, String ref, String text, int expected) throws Exception {
        return mvc.perform(post("/versions/3.0/comments").with(QA).with(csrf()).param("target", target)
                        .param("targetRef", ref).param("text", text))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String revision(String section) throws Exception {
        Matcher m = REVISION.matcher(page("/sections/" + section + "/edit", DRAFTER));
        assertThat(m.find()).as("the edit form of " + section).isTrue();
        return m.group(1);
    }

    private String body(String section) {
        return governance.section(ws(), section).orElseThrow().section().body();
    }

    private int comments() {
        return governance.loadGovernance(ws()).comments().size();
    }

    private String ws() {
        return workspaces.workspaceIds().get(0);
    }
}
