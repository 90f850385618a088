package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.tadworkbench.store.WorkspaceStore;
import org.tadworkbench.word.WordFixtures;
import org.tadworkbench.workspace.Workspace;

/**
 * A drafter keeps the Word file of a version issued before the workbench as that version's text, in the browser:
 * stored beside the draft for the redline; a file that is not Word, or a version not earlier than the draft, refused
 * with the reason and nothing stored; a respondent may not.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:earlierversion;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=workspaces/sec-tad"})
@AutoConfigureMockMvc
class EarlierVersionPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkspaceStore store;

    private static MockMultipartHttpServletRequestBuilder upload(String name, byte[] bytes, String version) {
        return multipart("/versions/earlier").file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .param("version", version);
    }

    private static byte[] issuedTad() throws IOException {
        var doc = WordFixtures.specification();
        WordFixtures.paragraph(doc, "Heading1", "Introduction");
        WordFixtures.paragraph(doc, null, "The TAD as it was issued in version 1.5.");
        WordFixtures.paragraph(doc, "Heading2", "Purpose");
        WordFixtures.paragraph(doc, null, "It described the SMETS2 architecture only.");
        return WordFixtures.bytes(doc);
    }

    private Workspace stored() {
        return store.load("sec-tad").orElseThrow();
    }

    @Test
    void aDrafterKeepsAnIssuedWordFileAsAnEarlierVersionBesideTheDraft() throws Exception {
        String form = mvc.perform(get("/versions/earlier").with(ReviewPagesIntegrationTests.drafter("dora")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<label for=\"earlier-file\">", "<label for=\"earlier-version\">");

        mvc.perform(upload("tad-1.5.docx", issuedTad(), "1.5").with(ReviewPagesIntegrationTests.drafter("dora")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        Workspace ws = stored();
        assertThat(ws.sectionsOf("1.5").orElseThrow()).extracting(s -> s.number() + " " + s.title())
                .containsExactly("1 Introduction", "1.1 Purpose");
        assertThat(ws.sectionsOf("1.5").orElseThrow().get(1).body()).contains("SMETS2 architecture only");
        assertThat(ws.sectionsOf("3.0")).isPresent();
        String redline = mvc.perform(get("/redline").param("from", "1.5").param("to", "3.0")
                        .with(ReviewPagesIntegrationTests.drafter("dora")))
                .andReturn().getResponse().getContentAsString();
        assertThat(redline).contains("SMETS2 architecture only");
    }

    @Test
    void aFileThatIsNotWordOrAVersionNotEarlierThanTheDraftIsRefusedAndNothingIsStored() throws Exception {
        Workspace before = stored();

        String notWord = mvc.perform(upload("notes.docx", "just text".getBytes(StandardCharsets.UTF_8), "1.6")
                        .with(ReviewPagesIntegrationTests.drafter("dora")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(notWord).contains("notes.docx").contains("not a Word");
        String tooLate = mvc.perform(upload("tad-9.docx", issuedTad(), "9.0")
                        .with(ReviewPagesIntegrationTests.drafter("dora")).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(tooLate).contains("not earlier than the version being drafted");
        assertThat(stored().manifest()).isEqualTo(before.manifest());
        assertThat(stored().snapshots()).isEqualTo(before.snapshots());
    }

    @Test
    void aRespondentMayNeitherSeeTheFormNorUpload() throws Exception {
        var rita = ReviewPagesIntegrationTests.respondent("rita", "Example Energy");
        mvc.perform(get("/versions/earlier").with(rita)).andExpect(status().isForbidden());
        mvc.perform(upload("tad-1.5.docx", issuedTad(), "1.4").with(rita).with(csrf())).andExpect(status().isForbidden());
        assertThat(stored().sectionsOf("1.4")).isEmpty();
    }
}
