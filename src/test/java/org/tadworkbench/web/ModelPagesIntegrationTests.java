package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tadworkbench.web.SignedIn.drafter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The architecture-model pages over the reference workspace, whose model, sections and impact rows name one another
 * (SRV 8.13 is not applicable for SMETS1 under DUIS 1.4.2; the HHT requires it; section 4.2 embeds Figure 4.2).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:modeltest;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=workspaces/sec-tad"})
@AutoConfigureMockMvc
class ModelPagesIntegrationTests {

    private static final Pattern MODEL_VERSION = Pattern.compile("model version <code>([0-9a-f]{12})</code>");

    @Autowired
    MockMvc mvc;

    @Autowired
    ViewFigures figures;

    @Test
    void modelIndexGroupsElementsByTypeWithTheirSmets1VariationAndFilters() throws Exception {
        String html = page("/model");
        assertThat(html).contains("href=\"/model\" aria-current=\"page\">Model</a>", "href=\"/model/views\"",
                "href=\"/model/availability\"");
        assertThat(html).containsSubsequence("Devices", "href=\"/model/elements/hht\"", "Service requests",
                "href=\"/model/elements/srv-8-13\">Return Local Command Response</a>", "not applicable for SMETS1",
                "— DUIS 1.4.2");

        String devices = page("/model?type=device");
        assertThat(devices).contains("Hand Held Terminal").doesNotContain("Return Local Command Response");
        assertThat(devices).containsPattern("Showing \\d+ of \\d+ elements\\.");
        assertThat(page("/model?applicability=smets1")).contains("SMETS1 Service Provider")
                .doesNotContain("Electricity Smart Metering Equipment");
    }

    @Test
    void elementPageShowsRelationshipsVariationAndWhereUsed() throws Exception {
        String srv = page("/model/elements/srv-8-13");
        assertThat(srv).contains("Return Local Command Response", "not applicable for SMETS1", "— DUIS 1.4.2",
                "href=\"/model/elements/hht\"", "requires", "href=\"/sections/4.2.1.7\"",
                "href=\"/releases/smets1-services/impacts#row-A20\"");

        String csp = page("/model/elements/csp-north");
        assertThat(csp).contains("replaced for SMETS1</strong> by <a href=\"/model/elements/s1-csps\"",
                "href=\"/model/views/application-model\"");
    }

    @Test
    void viewPageSwitchesVariantsWithLinksAndDescribesTheDiagramInWords() throws Exception {
        assertThat(page("/model/views")).containsSubsequence("4.2", "href=\"/model/views/application-model\">Application Model</a>",
                "href=\"/model/views/application-model?variant=smets1\"", "href=\"/model/views/application-model?variant=variation\"");

        String smets2plus = page("/model/views/application-model");
        assertThat(smets2plus).contains("<h1>Figure 4.2 Application Model</h1>",
                "variant=smets2plus\" aria-current=\"page\">SMETS2+</a>",
                "<img src=\"/model/views/application-model/smets2plus.svg\" alt=\"Figure 4.2 Application Model, SMETS2+ diagram: ",
                "href=\"/sections/4.2\"");
        assertThat(smets2plus).containsPattern(MODEL_VERSION).doesNotContain("SMETS1 Service Provider");

        String smets1 = page("/model/views/application-model?variant=smets1");
        assertThat(smets1).contains("variant=smets1\" aria-current=\"page\">SMETS1</a>",
                "src=\"/model/views/application-model/smets1.svg\"", "S1SP SMETS1 Service Provider");

        String variation = page("/model/views/application-model?variant=variation");
        assertThat(variation).contains("src=\"/model/views/application-model/variation.svg\"", "Elements SMETS1 changes")
                .containsSubsequence("CSP North", "replaced for SMETS1", "SMETS1 CSPs", "DUIS 1.4");
    }

    @Test
    void svgIsServedLockedDownStampedWithTheModelVersionAndCached() throws Exception {
        Matcher version = MODEL_VERSION.matcher(page("/model/views/application-model"));
        assertThat(version.find()).isTrue();

        MockHttpServletResponse first = mvc.perform(get("/model/views/application-model/smets2plus.svg"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse();
        assertThat(MediaType.parseMediaType(first.getContentType()).isCompatibleWith(MediaType.valueOf("image/svg+xml"))).isTrue();
        String svg = first.getContentAsString();
        assertThat(svg).startsWith("<svg");
        // PlantUML writes each word as its own <text>, spaces as no-break spaces; the words read in order without markup.
        assertThat(svg.replaceAll("<[^>]*>", "").replace('\u00a0', ' ')).contains("Figure 4.2 Application Model", "DCC Data Systems",
                "CSP North", "model version " + version.group(1));

        int held = figures.size();
        String again = mvc.perform(get("/model/views/application-model/smets2plus.svg")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(again).isEqualTo(svg);
        assertThat(figures.size()).isEqualTo(held);
        mvc.perform(get("/model/views/application-model/smets2plus.svg").header("If-None-Match", first.getHeader("ETag")))
                .andExpect(status().isNotModified());
    }

    @Test
    void availabilityShowsTheUnavailableServiceRequestWithItsSourceClause() throws Exception {
        String html = page("/model/availability");
        assertThat(html).contains("<h1>Availability for SMETS1</h1>", "aria-current=\"page\">SMETS1</a>")
                .containsSubsequence("Service requests", "8.13 Return Local Command Response", "Not available",
                        "DUIS 1.4.2", "is not available for SMETS1", "Devices", "HHT Hand Held Terminal",
                        "HHT Hand Held Terminal requires 8.13 Return Local Command Response", "HAN joins");
        assertThat(page("/model/availability?variant=smets2plus")).contains("<h1>Availability for SMETS2+</h1>");
    }

    @Test
    void sectionPageShowsTheEmbeddedFigureAndLinksItsModelElements() throws Exception {
        String html = page("/sections/4.2");
        assertThat(html).contains("<figure class=\"view-figure\">",
                "<img src=\"/model/views/application-model/smets2plus.svg\" alt=\"Figure 4.2 Application Model (SMETS2+ diagram)\" />",
                "<figcaption>Figure 4.2 Application Model <a href=\"/model/views/application-model\">")
                .doesNotContain("view:application-model");
        assertThat(page("/sections/4.2.1.7")).contains("href=\"/model/elements/hht\"", "href=\"/model/elements/srv-8-13\"");
    }

    /**
     * The live 2.0 was published before SMETS1: its section 4.2 draws Figure 4.2 from the model kept with it, in every
     * variant, so no SMETS1 element appears; today's model, drawn for the draft, still has them (the check can fail).
     */
    @Test
    void aVersionsSectionPageDrawsItsFiguresFromTheModelKeptWithThatVersion() throws Exception {
        String html = page("/versions/2.0/sections/4.2");
        assertThat(html).contains("<img src=\"/versions/2.0/model/views/application-model/smets2plus.svg\"",
                "<a href=\"/versions/2.0/model/views/application-model\">").doesNotContain("src=\"/model/views/");
        for (String variant : new String[] {"smets2plus", "smets1", "variation"}) {
            String figure = svgText("/versions/2.0/model/views/application-model/" + variant + ".svg");
            assertThat(figure).as(variant).contains("Figure 4.2 Application Model", "DCC Data Systems")
                    .doesNotContain("S1SP", "DCO", "SMETS1 Service Provider", "added for SMETS1");
        }
        String variation = page("/versions/2.0/model/views/application-model?variant=variation");
        assertThat(variation).contains("As published in version 2.0", "src=\"/versions/2.0/model/views/application-model/variation.svg\"",
                "href=\"/versions/2.0/sections/4.2\"").doesNotContain("S1SP", "added for SMETS1");
        assertThat(svgText("/model/views/application-model/smets1.svg")).contains("S1SP");
        assertThat(page("/versions/3.0/sections/4.2")).contains("src=\"/versions/3.0/model/views/application-model/smets2plus.svg\"");
        assertThat(svgText("/versions/3.0/model/views/application-model/smets1.svg")).contains("S1SP");
        mvc.perform(get("/versions/3.0/model/views/application-model/smets1.svg")).andExpect(status().isForbidden());
        mvc.perform(get("/versions/9.9/sections/4.2")).andExpect(status().isNotFound());
        mvc.perform(get("/versions/1.0/model/views/application-model/smets1.svg")).andExpect(status().isNotFound());
    }

    /** An SVG's words in order, without markup (PlantUML writes each word as its own text, spaces as no-break spaces). */
    private String svgText(String url) throws Exception {
        return mvc.perform(get(url).with(drafter())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()
                .replaceAll("<[^>]*>", "").replace('\u00a0', ' ');
    }

    @Test
    void unknownElementsViewsAndVariantsAreNotFound() throws Exception {
        for (String url : new String[] {"/model/elements/nope", "/model/views/nope", "/model/views/nope/smets1.svg",
                "/model/views/application-model?variant=bogus", "/model/views/application-model/bogus.svg",
                "/model/availability?variant=both"}) {
            mvc.perform(get(url)).andExpect(status().isNotFound());
        }
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(drafter())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
