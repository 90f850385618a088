package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tadworkbench.web.SignedIn.drafter;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tadworkbench.document.Section;
import org.tadworkbench.store.WorkspaceStore;
import org.tadworkbench.workspace.Workspace;

/**
 * The server's downloads of a version as HTML, PDF and DOCX, built from the workspace in the database, over the mini
 * workspace (current version 2.0; 1.0 has no text in it).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:publishtest;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=src/test/resources/workspaces/mini"})
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishDownloadIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkspaceStore store;

    @Test
    @Order(1)
    void htmlIsOneSelfContainedPageNamedAfterTheVersion() throws Exception {
        MvcResult result = download("/versions/2.0/tad.html");
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment", "tad-2.0.html");
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<style>", "This document has a Classification of White", "Application Model",
                "id=\"document-control\"");
        assertThat(html).doesNotContain("<link rel=\"stylesheet\"", "src=\"http");
    }

    @Test
    @Order(2)
    void pdfCarriesTheMarkingOnEveryPage() throws Exception {
        MvcResult result = download("/versions/2.0/tad.pdf");
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                assertThat(text.getText(pdf)).as("page %d", page).contains("Classification of White");
            }
        }
    }

    @Test
    @Order(3)
    void docxUsesWordHeadingStylesAndAVariantIsNamedForIt() throws Exception {
        MvcResult result = download("/versions/2.0/tad.docx?variant=smets1");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("tad-2.0-smets1.docx");
        Map<String, String> parts = org.tadworkbench.ZipParts.xml(result.getResponse().getContentAsByteArray());
        assertThat(parts.get("word/document.xml")).contains("w:pStyle w:val=\"Heading1\"", "Devices");
        assertThat(parts.get("word/styles.xml")).contains("w:styleId=\"Heading1\"");
    }

    @Test
    @Order(4)
    void unknownVersionsFormatsAndVariantsAreRefused() throws Exception {
        mvc.perform(get("/versions/9.9/tad.pdf").with(drafter())).andExpect(status().isNotFound());
        mvc.perform(get("/versions/1.0/tad.html").with(drafter())).andExpect(status().isNotFound());
        mvc.perform(get("/versions/2.0/tad.odt").with(drafter())).andExpect(status().isNotFound());
        mvc.perform(get("/versions/2.0/tad.pdf").param("variant", "smets3").with(drafter())).andExpect(status().isBadRequest());
    }

    @Test
    @Order(5)
    void aVersionFailingTheBuildChecksIsNotServedAndTheErrorsAreListed() throws Exception {
        Workspace ws = store.load(store.workspaceIds().get(0)).orElseThrow();
        Section first = ws.sections().get(0);
        Section broken = new Section(first.number(), first.title(), first.applicability(), first.references(),
                first.elements(), first.body() + "\n\nSee [the missing section](section:9.9).\n");
        store.replace(ws.withSections(ws.sections().stream().map(s -> s == first ? broken : s).toList()), "tester");

        MvcResult result = mvc.perform(get("/versions/2.0/tad.docx").with(drafter())).andExpect(status().isConflict()).andReturn();
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("The build checks found errors", "9.9");
    }

    private MvcResult download(String url) throws Exception {
        return mvc.perform(get(url).with(drafter())).andExpect(status().isOk()).andReturn();
    }

}
