package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tadworkbench.account.AccountRole;

/**
 * The impact-analysis workflow over the reference workspace: an editor moves rows on, anyone computes the impact of
 * changed clauses, an editor accepts candidates as a new release register, and the coverage page shows the gaps.
 * Each test changes different rows or releases, so they hold in any order.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:impactworkflow;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=workspaces/sec-tad"})
@AutoConfigureMockMvc
class ImpactWorkflowIntegrationTests {

    private static final String MATRIX = "/releases/smets1-services/impacts";

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousReadersSeeNoStatusFormsAndCannotChangeAStatus() throws Exception {
        String html = page(MATRIX, null);
        assertThat(html).contains("Sign in to change statuses", "href=\"/login\"", "SECAS Technical Expert",
                "Readiness", "working days", "href=\"/sections/1.4\">1.4@3.0</a>");
        assertThat(html).doesNotContain("/impacts/A21/status", "name=\"status\" id=\"new-status-A21\"");

        mvc.perform(post(MATRIX + "/A21/status").param("status", "drafting").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        assertThat(statusOf("A21")).isEqualTo("identified");
    }

    @Test
    void anEditorChangesAStatusAndTheMatrixShowsIt() throws Exception {
        assertThat(page(MATRIX, editor())).contains("action=\"/releases/smets1-services/impacts/A20/status\"",
                "name=\"_csrf\"").doesNotContain("Sign in to change statuses");

        mvc.perform(post(MATRIX + "/A20/status").param("status", "drafting").with(editor()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(MATRIX))
                .andExpect(flash().attribute("message", "A20: identified → drafting"));
        assertThat(statusOf("A20")).isEqualTo("drafting");

        // Without its CSRF token the form is refused; unknown rows and statuses are not found and bad requests.
        mvc.perform(post(MATRIX + "/A20/status").param("status", "drafted").with(editor()))
                .andExpect(status().isForbidden());
        assertThat(statusOf("A20")).isEqualTo("drafting");
        mvc.perform(post(MATRIX + "/A99/status").param("status", "drafted").with(editor()).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/releases/nope/impacts/A20/status").param("status", "drafted").with(editor()).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(MATRIX + "/A20/status").param("status", "finished").with(editor()).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void computedImpactRanksTheDirectlyTracedSectionsFirstWithReasons() throws Exception {
        String html = page("/impact?changed=DUIS:1.4.2", null);
        assertThat(html).containsSubsequence("sections DUIS:1.4.2 may impact",
                "href=\"/sections/4.2.1.7\"", "direct", "constrained-by DUIS 3.0d3 §1.4.2 (trace)",
                "href=\"/sections/4.2.1.8\"", "href=\"/sections/4.3.4\"", "indirect");
        assertThat(html.indexOf("href=\"/sections/4.2.1.1\"")).isGreaterThan(html.indexOf("href=\"/sections/4.3.4\""));
        assertThat(html).contains("Sign in to accept these candidates", "href=\"/impact/coverage\"")
                .doesNotContain("action=\"/impact/accept\"");

        // Anyone may upload a list too (it changes nothing); a CSV of document and clause reads the same.
        MockMultipartFile csv = new MockMultipartFile("file", "changes.csv", "text/csv",
                "document,clause\nDUIS,1.4.2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.perform(multipart("/impact").file(csv).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("sections DUIS:1.4.2 may impact");
    }

    @Test
    void badLinesAndNonTextUploadsGetAClearMessageNotAnError() throws Exception {
        String html = mvc.perform(get("/impact").param("changed", "DUIS:1.4.2\nDUIS 1.4.3"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("There is a problem with the changed clauses",
                "Line 2: &#39;DUIS 1.4.3&#39; is not DOCUMENT:CLAUSE (e.g. DUIS:1.4.2).");

        MockMultipartFile pdf = new MockMultipartFile("file", "changes.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F', 0, 1});
        assertThat(mvc.perform(multipart("/impact").file(pdf).with(csrf())).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString())
                .contains("changes.pdf is not a plain text or CSV file (it was sent as application/pdf).");
    }

    @Test
    void anEditorAcceptsCandidatesIntoANewReleaseRegister() throws Exception {
        String form = page("/impact?changed=DUIS:1.4.2", editor());
        assertThat(form).contains("action=\"/impact/accept\"")
                .containsPattern("value=\"4\\.2\\.1\\.7\"\\s+checked")
                .doesNotContainPattern("value=\"4\\.2\\.1\\.1\"\\s+checked");

        mvc.perform(post("/impact/accept").with(editor()).with(csrf()).param("changed", "DUIS:1.4.2")
                        .param("release", "mp-test").param("title", "MP test release").param("date", "2026-06-30")
                        .param("section", "4.2.1.7", "4.3.4"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/releases/mp-test/impacts"));
        String matrix = page("/releases/mp-test/impacts", null);
        assertThat(matrix).contains("MP test release").containsSubsequence("DUIS", "Clause 1.4.2", "I01",
                "href=\"/sections/4.2.1.7\"", "Hand Held Terminal (HHT)", "Assess: DUIS:1.4.2: section 4.2.1.7",
                "identified", "I02", "href=\"/sections/4.3.4\"");

        // The same id again is refused, and a bad id is explained; neither replaces the register.
        String again = mvc.perform(post("/impact/accept").with(editor()).with(csrf()).param("changed", "DUIS:1.4.2")
                        .param("release", "mp-test").param("title", "Again").param("section", "4.2.1.8"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("There is already a release mp-test; choose another id.");
        mvc.perform(post("/impact/accept").with(editor()).with(csrf()).param("changed", "DUIS:1.4.2")
                        .param("release", "MP Test!").param("title", "Bad").param("section", "4.2.1.8"))
                .andExpect(status().isBadRequest());
        assertThat(page("/releases/mp-test/impacts", null)).contains("I02").doesNotContain("I03", "4.2.1.8");

        mvc.perform(post("/impact/accept").with(csrf()).param("changed", "DUIS:1.4.2").param("release", "mp-anon")
                .param("title", "Anonymous").param("section", "4.2.1.7")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/releases/mp-anon/impacts")).andExpect(status().isNotFound());
    }

    @Test
    void coveragePageListsUnrealisedRowsReadinessAndSectionsWithoutSource() throws Exception {
        String html = page("/impact/coverage", null);
        assertThat(html).contains("Readiness per release", "href=\"/releases/smets1-services/impacts\"",
                "href=\"/releases/smets1-services/impacts#row-A06\"", "href=\"/sections/2.1\">2.1 Background</a>",
                "Sections without a source", "href=\"/sections/1.1\"");
        assertThat(html).doesNotContain("#row-A41\""); // realised by 1.4@3.0
        assertThat(page("/releases", null)).contains("href=\"/impact/coverage\"", "href=\"/impact\"");
    }

    private RequestPostProcessor editor() {
        return user("drafter").roles(AccountRole.DRAFTER.name());
    }

    private String page(String url, RequestPostProcessor as) throws Exception {
        var request = get(url);
        if (as != null) {
            request = request.with(as);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The status the matrix shows for one row. */
    private String statusOf(String row) throws Exception {
        Matcher m = Pattern.compile("id=\"row-" + row + "\".*?<span class=\"status status--([a-z-]+)\"", Pattern.DOTALL)
                .matcher(page(MATRIX, null));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
