package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.tadworkbench.web.SignedIn.as;
import static org.tadworkbench.web.SignedIn.drafter;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tadworkbench.account.AccountRole;

/**
 * The public reading room (issue 16) over the reference workspace (2.0 live with its snapshot, 3.0 the draft), per
 * reader: anonymous and a respondent read the live version at /outline and /sections/{n}, with its figures, glossary,
 * references, downloads and a version switcher, and never the draft's text; a drafter reads the draft there as before,
 * each section saying what changed since the live version.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:readingroom;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=workspaces/sec-tad"})
@AutoConfigureMockMvc
class PublicReadingRoomIntegrationTests {

    private static final String LIVE_2_1 = "first issued as version 1.0";
    private static final String DRAFT_2_1 = "Version 3.0 extends the background";
    private static final String DRAFT_ONLY_4_2_6 = "the various SMETS1 systems that DCC supports";
    private static final RequestPostProcessor ANONYMOUS = request -> request;
    private static final RequestPostProcessor RESPONDENT = as("rita", AccountRole.RESPONDENT);

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousReadersAndRespondentsReadTheLiveOutline() throws Exception {
        for (RequestPostProcessor reader : new RequestPostProcessor[] {ANONYMOUS, RESPONDENT}) {
            String outline = body(get("/outline").with(reader), 200);

            assertThat(outline).contains("version 2.0 (live)", "href=\"/versions/2.0/sections/4.2.1.7\"")
                    .doesNotContain("4.2.6", "SMETS1 Systems Overview");
        }
    }

    @Test
    void anonymousReadersAndRespondentsReadTheLiveTextOfASectionNeverTheDrafts() throws Exception {
        for (RequestPostProcessor reader : new RequestPostProcessor[] {ANONYMOUS, RESPONDENT}) {
            assertThat(body(get("/sections/2.1").with(reader), 200)).contains(LIVE_2_1, "version 2.0 (live)")
                    .doesNotContain(DRAFT_2_1, "Changes since the live version");
            assertThat(body(get("/sections/4.2.6").with(reader), 404)).contains("no section 4.2.6 in version 2.0, the live version")
                    .doesNotContain(DRAFT_ONLY_4_2_6);
        }
    }

    @Test
    void theDashboardCountsTheTextEachReaderReads() throws Exception {
        assertThat(body(get("/"), 200)).contains("<strong>68</strong> sections in the outline", "<strong>34</strong> glossary terms");
        assertThat(body(get("/").with(drafter()), 200)).contains("<strong>69</strong> sections in the outline",
                "<strong>41</strong> glossary terms");
    }

    @Test
    void theDraftStaysClosedToThePublicUnderEveryRoute() throws Exception {
        for (RequestPostProcessor reader : new RequestPostProcessor[] {ANONYMOUS, RESPONDENT}) {
            assertThat(body(get("/versions/3.0/sections/4.2.6").with(reader), 403)).doesNotContain(DRAFT_ONLY_4_2_6);
            body(get("/versions/3.0/outline").with(reader), 403);
            body(get("/versions/3.0/glossary").with(reader), 403);
            body(get("/versions/3.0/references").with(reader), 403);
            body(get("/outline").param("version", "3.0").with(reader), 403);
        }
    }

    @Test
    void aLiveSectionShowsItsFiguresDrawnFromTheLiveModel() throws Exception {
        String page = body(get("/sections/4.1.4"), 200);

        assertThat(page).contains("src=\"/versions/2.0/model/views/business-interactions/smets2plus.svg\"");
        assertThat(response(get("/versions/2.0/model/views/business-interactions/smets2plus.svg")).getStatus()).isEqualTo(200);
        body(get("/versions/2.0/model/views/business-interactions"), 200);
        // the view's page names the sections of the version this reader reads, never the draft's
        assertThat(body(get("/model/views/business-interactions"), 200)).contains("href=\"/versions/2.0/sections/")
                .doesNotContain("href=\"/sections/");
        assertThat(body(get("/model/views/business-interactions").with(drafter()), 200)).contains("href=\"/sections/");
    }

    @Test
    void theLiveGlossaryAndReferencesAreTheLiveVersionsOwn() throws Exception {
        String glossary = body(get("/glossary"), 200);
        String references = body(get("/references").with(RESPONDENT), 200);

        assertThat(glossary).contains("<h1>Glossary</h1>", "version 2.0 (live)", "DCC").doesNotContain("S1SP");
        // each term has the anchor the search results and the published HTML link to
        assertThat(glossary).contains("<dt id=\"" + new org.tadworkbench.publish.TermIds(
                new org.tadworkbench.workspace.WorkspaceReader().read(org.tadworkbench.TestWorkspaces.REFERENCE).workspace()
                        .glossaryOf("2.0")).of("DCC") + "\">DCC</dt>");
        assertThat(references).contains("<h1>Document references</h1>", "version 2.0 (live)").doesNotContain("(S1SR)");
        assertThat(body(get("/glossary").with(drafter()), 200)).contains("version 3.0 (draft)", "S1SP");
        assertThat(body(get("/versions/2.0/glossary").with(drafter()), 200)).doesNotContain("S1SP");
    }

    @Test
    void theLiveOutlineOffersTheLiveVersionsFilesAndTheyDownload() throws Exception {
        String outline = body(get("/outline"), 200);

        assertThat(outline).contains("href=\"/versions/2.0/tad.html\"", "href=\"/versions/2.0/tad.pdf\"",
                "href=\"/versions/2.0/tad.docx\"", "href=\"/versions/2.0/glossary\"", "href=\"/versions/2.0/references\"");
        MockHttpServletResponse html = response(get("/versions/2.0/tad.html"));
        assertThat(html.getStatus()).isEqualTo(200);
        assertThat(html.getContentAsString(StandardCharsets.UTF_8)).contains(LIVE_2_1).doesNotContain(DRAFT_2_1);
        // The draft's files are not offered to those who may read it either: they are not published.
        assertThat(body(get("/outline").with(drafter()), 200)).doesNotContain("href=\"/versions/3.0/tad.pdf\"");
    }

    @Test
    void theVersionSwitcherListsWhatEachReaderMayReadAndWorksWithoutScript() throws Exception {
        String anonymous = body(get("/sections/2.1"), 200);
        String drafter = body(get("/sections/2.1").with(drafter()), 200);

        assertThat(anonymous).contains("<label for=\"version-switch\">Version</label>", "<option value=\"2.0\" selected=\"selected\">2.0 (live)</option>",
                "<input type=\"hidden\" name=\"section\" value=\"2.1\">").doesNotContain("<option value=\"3.0\"");
        assertThat(drafter).contains("<option value=\"3.0\" selected=\"selected\">3.0 (draft)</option>", "<option value=\"2.0\">2.0 (live)</option>");
        assertThat(response(get("/outline").param("version", "2.0").param("section", "2.1").with(drafter())).getRedirectedUrl())
                .isEqualTo("/versions/2.0/sections/2.1");
        assertThat(response(get("/outline").param("version", "2.0").param("section", "4.2.6").with(drafter())).getRedirectedUrl())
                .isEqualTo("/versions/2.0/outline");
        assertThat(response(get("/outline").param("version", "3.0").param("section", "4.2.6").with(drafter())).getRedirectedUrl())
                .isEqualTo("/sections/4.2.6");
        assertThat(response(get("/outline").param("version", "2.0")).getRedirectedUrl()).isEqualTo("/versions/2.0/outline");
        assertThat(body(get("/versions/2.0/outline"), 200)).contains("href=\"/versions/2.0/sections/4.2.1.7\"");
        body(get("/outline").param("version", "9.9"), 404);
    }

    @Test
    void insidersReadTheDraftAsBeforeWithWhatChangedSinceTheLiveVersion() throws Exception {
        String outline = body(get("/outline").with(drafter()), 200);
        String changed = body(get("/sections/2.1").with(drafter()), 200);

        assertThat(outline).contains("version 3.0 (draft)", "href=\"/sections/4.2.6\"");
        assertThat(changed).contains(DRAFT_2_1, "Changes since the live version 2.0", "<ins><span class=\"vh\">inserted: </span>")
                .containsPattern("Reworded|Changed|words inserted");
        assertThat(body(get("/sections/4.1").with(as("tess", AccountRole.TABASC_MEMBER)), 200))
                .contains("Unchanged since 2.0.");
        assertThat(body(get("/sections/4.2.6").with(drafter()), 200)).contains(DRAFT_ONLY_4_2_6,
                "New in this version: the live version 2.0 has no such section.");
    }

    private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = response(request);
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(status);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse response(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
