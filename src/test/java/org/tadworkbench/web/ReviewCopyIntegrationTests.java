package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tadworkbench.web.SignedIn.as;
import static org.tadworkbench.web.SignedIn.drafter;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.document.ReviewAnchors;

/**
 * The reviewer copy from the browser, over the reference workspace (3.0 the draft, 2.0 live): offered beside each
 * version the reader may read, served as Word with its bookmarks and origin, under the rules for reading that version.
 * Shares its context (same properties) with {@link ModelPagesIntegrationTests}; it changes nothing.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:modeltest;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=workspaces/sec-tad"})
@AutoConfigureMockMvc
class ReviewCopyIntegrationTests {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    MockMvc mvc;

    @Test
    void theCopyOfTheDraftIsWordWithItsBookmarksAndOrigin() throws Exception {
        MvcResult result = mvc.perform(get("/versions/3.0/review.docx").with(drafter())).andExpect(status().isOk()).andReturn();

        assertThat(result.getResponse().getContentType()).isEqualTo(DOCX);
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment", "tad-3.0-review.docx");
        Map<String, String> parts = org.tadworkbench.ZipParts.xml(result.getResponse().getContentAsByteArray());
        assertThat(parts.get("word/document.xml")).contains(
                "w:name=\"" + ReviewAnchors.section("4.2.1.7") + "\"",
                "w:name=\"" + ReviewAnchors.paragraph("4.2.1.7", 1) + "\"",
                "Reviewer copy: comment with Word comments and Track Changes; return this file.");
        assertThat(parts.get("docProps/custom.xml")).contains(ReviewAnchors.WORKSPACE_PROPERTY, "sec-tad",
                ReviewAnchors.VERSION_PROPERTY, "3.0");
    }

    @Test
    void theVersionsPageLinksTheCopiesTheReaderMayRead() throws Exception {
        String signedIn = mvc.perform(get("/versions").with(drafter())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(signedIn).contains("href=\"/versions/3.0/review.docx\">Reviewer copy (Word)",
                "href=\"/versions/2.0/review.docx\">Reviewer copy (Word)");

        // The draft's text is not open to a respondent before its consultation: no link, and no copy.
        String respondent = mvc.perform(get("/versions").with(as("rita", AccountRole.RESPONDENT))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(respondent).contains("href=\"/versions/2.0/review.docx\"").doesNotContain("/versions/3.0/review.docx");
        mvc.perform(get("/versions/3.0/review.docx").with(as("rita", AccountRole.RESPONDENT))).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownVersionIsNotFound() throws Exception {
        mvc.perform(get("/versions/9.9/review.docx").with(drafter())).andExpect(status().isNotFound());
    }

}
