package org.tadworkbench.redline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tadworkbench.web.SignedIn.drafter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** GET /redline and /redline.docx over the fixture workspace, imported at start-up into an in-memory database. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:redlinetest;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class RedlineWebTests {

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        try {
            Path ws = RedlineFixture.workspace(Files.createTempDirectory("redline-web"));
            registry.add("tad.initial-workspace", ws::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void showsTheHtmlRedline() throws Exception {
        MvcResult result = mvc.perform(get("/redline").param("from", "2.0").param("to", "3.0").with(drafter())).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        String html = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("<ins>", "<del>", "renumbered from 5.6").doesNotContain("<script");
        assertThat(mvc.perform(get("/redline").with(drafter())).andReturn().getResponse().getContentAsString()).isEqualTo(html);
    }

    @Test
    void theServedStylesheetIsTheOneTheContentSecurityPolicyAllows() throws Exception {
        // The page keeps its inline stylesheet (it is the same self-contained page tad diff writes); the policy admits
        // it by its hash, so any change to it must reach the policy or the browser shows the page unstyled.
        MvcResult result = mvc.perform(get("/redline").param("from", "2.0").param("to", "3.0").with(drafter())).andReturn();
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);

        assertThat(style.find()).isTrue();
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("style-src 'self' 'sha256-" + hash + "'");
        assertThat(style.find()).as("a second style element, which the hash would not cover").isFalse();
        assertThat(html).doesNotContain(" style=\"");
    }

    @Test
    void downloadsTheDocx() throws Exception {
        MvcResult result = mvc.perform(get("/redline.docx").param("from", "2.0").param("to", "3.0").with(drafter())).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment", "redline-2.0-to-3.0.docx");
        assertThat(DocxRedlineTests.entries(result.getResponse().getContentAsByteArray()).get("word/document.xml"))
                .contains("<w:ins ", "<w:delText>");
    }

    @Test
    void unknownVersionOrMissingTextIsRefused() throws Exception {
        mvc.perform(get("/redline").param("from", "9.9").with(drafter())).andExpect(status().isBadRequest());
        mvc.perform(get("/redline.docx").param("from", "1.0").with(drafter())).andExpect(status().isNotFound());
    }
}
