package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tadworkbench.web.SignedIn.drafter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.TestPictures;
import org.tadworkbench.document.Picture;
import org.tadworkbench.document.Section;
import org.tadworkbench.workspace.VersionSnapshot;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceReader;
import org.tadworkbench.workspace.WorkspaceWriter;

/**
 * Pictures on the section pages, over the reference workspace with a picture in the draft's section 1.1
 * (figures/layers.png) and one in version 2.0's (figures/2.0/layers.png): shown as captioned figures, served to whoever
 * may read the section, and only where a section of that text shows them.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:picturepages;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class PicturePagesIntegrationTests {

    private static byte[] draftPng;
    private static byte[] publishedPng;

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void workspaceWithPictures(DynamicPropertyRegistry registry) throws IOException {
        Workspace reference = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace();
        draftPng = TestPictures.png(30, 20);
        publishedPng = TestPictures.png(20, 30);
        VersionSnapshot published = reference.snapshot("2.0").orElseThrow();
        List<VersionSnapshot> snapshots = new ArrayList<>(reference.snapshots());
        snapshots.set(snapshots.indexOf(published), published.withSections(showing(published.sections(), "figures/2.0/layers.png")));
        Workspace ws = reference.withSections(showing(reference.sections(), "figures/layers.png"))
                .withVersions(reference.manifest(), snapshots)
                .withPictures(List.of(new Picture("figures/layers.png", draftPng), new Picture("figures/2.0/layers.png", publishedPng),
                        new Picture("figures/spare.png", draftPng)));
        Path folder = Files.createTempDirectory("picture-pages");
        new WorkspaceWriter().write(ws, folder);
        registry.add("tad.initial-workspace", folder::toString);
    }

    /** Section 1.1 with {@code ![Figure 1 The <layers>](path)} as a paragraph of its own at the end. */
    private static List<Section> showing(List<Section> sections, String path) {
        return sections.stream().map(s -> !s.number().equals("1.1") ? s : new Section(s.number(), s.title(), s.applicability(),
                s.references(), s.elements(), s.body() + "\n![Figure 1 The <layers>](" + path + ")\n")).toList();
    }

    @Test
    void theDraftsSectionShowsItsPictureAsACaptionedFigureServedBesideIt() throws Exception {
        String page = mvc.perform(get("/sections/1.1").with(drafter())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        MockHttpServletResponse picture = mvc.perform(get("/figures/layers.png").with(drafter())).andReturn().getResponse();

        assertThat(page).containsPattern("<figure class=\"view-figure\">\\s*<img src=\"/figures/layers.png\" "
                + "alt=\"Figure 1 The &lt;layers&gt;\" />\\s*<figcaption>Figure 1 The &lt;layers&gt;</figcaption>");
        assertThat(picture.getStatus()).isEqualTo(200);
        assertThat(picture.getContentType()).isEqualTo("image/png");
        assertThat(picture.getContentAsByteArray()).isEqualTo(draftPng);
    }

    @Test
    void aVersionsSectionShowsThatVersionsPicture() throws Exception {
        String page = mvc.perform(get("/versions/2.0/sections/1.1").with(drafter())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        MockHttpServletResponse picture = mvc.perform(get("/versions/2.0/figures/2.0/layers.png")).andReturn().getResponse();

        assertThat(page).contains("<img src=\"/versions/2.0/figures/2.0/layers.png\"");
        assertThat(picture.getStatus()).isEqualTo(200);
        assertThat(picture.getContentAsByteArray()).isEqualTo(publishedPng);
    }

    @Test
    void aVersionsPublicationDownloadedFromTheServerShowsItsPicture() throws Exception {
        String html = mvc.perform(get("/versions/2.0/tad.html")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("<img src=\"data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(publishedPng)
                + "\" alt=\"Figure 1 The &lt;layers&gt;\" />");
    }

    @Test
    void aPictureIsServedOnlyWhereItsTextShowsItAndToWhoeverMayReadThatText() throws Exception {
        assertThat(mvc.perform(get("/figures/spare.png").with(drafter())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/figures/2.0/layers.png").with(drafter())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/versions/2.0/figures/layers.png")).andReturn().getResponse().getStatus()).isEqualTo(404);
        // The draft's text is kept from readers who are not signed in before publication: so is its picture.
        assertThat(mvc.perform(get("/sections/1.1")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/figures/layers.png")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
