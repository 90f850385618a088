package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tadworkbench.web.SignedIn.drafter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The pages as a drafter sees them (2.0 is a draft, see {@link VersionAccess}), over the mini workspace, which the start-up import loads into an in-memory H2 database. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:webtest;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=src/test/resources/workspaces/mini"})
@AutoConfigureMockMvc
class WebPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void dashboardShowsTheDocumentItsVersionsAndReleases() throws Exception {
        String html = page("/");
        assertThat(html).contains("<title>Technical Architecture Document – TAD Workbench</title>", "TABASC", "White",
                "Current version", "Live", "Draft for release one.", "href=\"/releases/r1/impacts\"", "identified: 1");
        assertThat(html).contains("<a class=\"skip-link\" href=\"#main\">", "<main id=\"main\"", "lang=\"en-GB\"");
    }

    @Test
    void outlineNestsSectionsInNumericOrder() throws Exception {
        String html = page("/outline");
        assertThat(html).containsSubsequence("/sections/1\"", "/sections/4\"", "/sections/4.2\"", "/sections/4.2.1\"",
                "/sections/4.10\"");
        // 4.2.1 sits in a list nested inside the item of 4.2, and its badge says what it applies to in words.
        assertThat(html).containsSubsequence("Application Model", "<ul class=\"outline\">", "Devices", "SMETS1", "</ul>");
    }

    @Test
    void sectionPageRendersMarkdownLinksSectionsAndListsTheRowsTouchingIt() throws Exception {
        String html = page("/sections/4.2");
        assertThat(html).contains("<strong>application model</strong>", "href=\"/sections/4.10\"",
                "Alpha Interface Specification", "href=\"/specs#spec-SPEC-A\"", "Describe the new interface", "R01",
                "rel=\"prev\"", "rel=\"next\"");
        assertThat(html).doesNotContain("section:4.10", "R03");
    }

    @Test
    void hostileSectionTextIsShownAsTextAndUnsafeLinksAreDropped() throws Exception {
        String html = page("/sections/4.10");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "a trap");
        assertThat(html).doesNotContain("<script>", "javascript:");
    }

    @Test
    void matrixGroupsRowsByDocumentAndFiltersByStatus() throws Exception {
        String all = page("/releases/r1/impacts");
        // SPEC-A's rows R01 and R03 come together, before SPEC-B's R02, though R02 lies between them in the file.
        assertThat(all).containsSubsequence("SPEC-A", "R01", "Clause 2.3: Security", "R03", "SPEC-B", "R02", "No impact");

        String drafted = page("/releases/r1/impacts?status=drafted");
        assertThat(drafted).contains("R03", "Showing 1 of 3 rows.").doesNotContain("R01", "R02");
        assertThat(page("/releases/r1/impacts?document=SPEC-B")).contains("R02").doesNotContain("R01", "R03");
    }

    @Test
    void specificationsAreGroupedByKindWithTheirBaselines() throws Exception {
        assertThat(page("/specs")).containsSubsequence("SEC appendices", "SPEC-B", "Technical specifications",
                "SPEC-A", "v2.0 draft 1", "in Release One", "Release baselines", "Release Zero");
    }

    @Test
    void specificationsSayWhichAreTechnicalCodeSpecificationsInTheirOwnColumn() throws Exception {
        String html = page("/specs");
        assertThat(html.replaceAll("\\s+", " ")).contains("This register holds <strong>2</strong> Technical Code "
                + "Specifications, of which <strong>1</strong> are Technical Specifications.");
        assertThat(html).contains("<th scope=\"col\">SEC designation</th>");
        // Each row's designation is a cell under that header, after the title: what a screen reader announces with it.
        // The id in the row header links to the document's own page (versions, ingested clauses, diffs).
        assertThat(html).containsSubsequence("<th scope=\"row\"><a href=\"/specs/SPEC-B\">SPEC-B</a></th>", "<td>SEC Appendix B - Beta Policy</td>",
                "<td>Neither</td>", "<td>B</td>");
        assertThat(html).containsSubsequence("<th scope=\"row\"><a href=\"/specs/SPEC-C\">SPEC-C</a></th>", "<td>Gamma Code of Connection</td>",
                "<td>Technical Code Specification</td>", "<td>not recorded</td>", "No version recorded.", "no version of it is known");
        assertThat(html).containsSubsequence("<th scope=\"row\"><a href=\"/specs/SPEC-A\">SPEC-A</a></th>", "<td>Alpha Interface Specification</td>",
                "<td>Technical Specification (so also a Technical Code Specification)</td>");
    }

    @Test
    void unknownSectionsAndReleasesAreNotFound() throws Exception {
        mvc.perform(get("/sections/9.9").with(drafter())).andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("There is no section 9.9")));
        mvc.perform(get("/releases/nope/impacts")).andExpect(status().isNotFound());
        mvc.perform(get("/releases/r1/impacts?status=bogus")).andExpect(status().isBadRequest());
    }

    @Test
    void healthIsUp() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(drafter())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
