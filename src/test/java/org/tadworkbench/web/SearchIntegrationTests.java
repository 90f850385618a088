package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tadworkbench.account.Account;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.account.PartyCategory;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.CommentTarget;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.store.GovernanceStore;

/**
 * Search over HTTP on the reference workspace (3.0 a draft, 2.0 live with its text kept): what an anonymous reader,
 * a respondent and a drafter each find, with the visibility of the pages the results link to; the filters; the page
 * and its accessibility. The comments test moves 3.0 to internal review, hence the order.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:search;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=workspaces/sec-tad",
        "tad.search.patience=60s"})
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RequestPostProcessor ANONYMOUS = request -> request;
    private static final RequestPostProcessor DRAFTER = as("dora", AccountRole.DRAFTER, "SECAS", null);
    private static final RequestPostProcessor RESPONDENT = as("rita", AccountRole.RESPONDENT, "Octopus Energy",
            PartyCategory.LARGE_SUPPLIER);

    @Autowired
    MockMvc mvc;
    @Autowired
    GovernanceStore governance;

    static RequestPostProcessor as(String username, AccountRole role, String organisation, PartyCategory category) {
        AccountPrincipal principal = new AccountPrincipal(new Account(username, null, role, organisation, category, true,
                Instant.parse("2026-01-01T00:00:00Z")), "unused");
        return authentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }

    /** One result of /search.json: kind, title, url, snippet. */
    record Result(String kind, String title, String url, String snippet) {
        /** The snippet as the reader reads it, marks taken out. */
        String words() {
            return snippet.replaceAll("</?mark>", "");
        }
    }

    private List<Result> search(RequestPostProcessor reader, String query, String... params) throws Exception {
        MockHttpServletRequestBuilder request = get("/search.json").param("q", query).with(reader);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Result> results = new ArrayList<>();
        for (JsonNode r : JSON.readTree(body).get("results")) {
            results.add(new Result(r.get("kind").asText(), r.get("title").asText(), r.get("url").asText(),
                    r.get("snippet").asText()));
        }
        return results;
    }

    @Test
    @Order(1)
    void theDraftsTextIsFoundOnlyByThoseWhoMayReadTheDraft() throws Exception {
        List<Result> drafter = search(DRAFTER, "\"extends the background\"");
        assertThat(drafter).first().satisfies(r -> {
            assertThat(r.url()).isEqualTo("/sections/2.1");
            assertThat(r.snippet()).contains("<mark>extends the background</mark>");
        });
        assertThat(search(ANONYMOUS, "\"extends the background\"")).noneMatch(r -> r.words().contains("extends the background"));
        assertThat(search(RESPONDENT, "\"extends the background\"")).noneMatch(r -> r.words().contains("extends the background"));
        assertThat(search(ANONYMOUS, "background", "kind", "section")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.url()).startsWith("/versions/2.0/sections/"));
    }

    @Test
    @Order(2)
    void everyoneFindsTheLiveVersionByWordsStemsAndIdentifiers() throws Exception {
        for (RequestPostProcessor reader : List.of(ANONYMOUS, RESPONDENT, DRAFTER)) {
            assertThat(search(reader, "hand held terminal")).first().satisfies(r -> assertThat(r.url()).contains("4.2.1.7"));
            assertThat(search(reader, "meters")).anySatisfy(r -> assertThat(r.snippet()).contains("<mark>meter"));
            assertThat(search(reader, "8.13")).anySatisfy(r -> assertThat(r.snippet()).contains("<mark>8.13</mark>"));
            assertThat(search(reader, "SMETS2+")).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.snippet() + r.title()).contains("SMETS2+"));
        }
        assertThat(search(ANONYMOUS, "hand held terminal")).first()
                .satisfies(r -> assertThat(r.url()).isEqualTo("/versions/2.0/sections/4.2.1.7"));
        assertThat(search(DRAFTER, "hand held terminal")).first()
                .satisfies(r -> assertThat(r.url()).isEqualTo("/sections/4.2.1.7"));
    }

    @Test
    @Order(3)
    void filtersByKindAndVersion() throws Exception {
        assertThat(search(DRAFTER, "HHT", "kind", "term")).isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.kind()).isEqualTo("term");
                    assertThat(r.url()).matches("/versions/[0-9.]+/glossary#term-hht");
                });
        assertThat(search(DRAFTER, "terminal", "version", "2.0")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.url()).startsWith("/versions/2.0/"));
        assertThat(search(DRAFTER, "8.13", "kind", "impact")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.url()).matches("/releases/[^/]+/impacts#row-.+"));
        assertThat(search(DRAFTER, "terminal", "kind", "section", "kind", "term")).extracting(Result::kind)
                .containsOnly("section", "term");
        mvc.perform(get("/search.json").param("q", "x").param("kind", "nonsense")).andExpect(status().isBadRequest());
    }

    @Test
    @Order(4)
    void thePageShowsTheResultsAsAListWithHeadingsAndEveryPageHasTheSearchBox() throws Exception {
        String page = mvc.perform(get("/search").param("q", "hand held terminal")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("role=\"search\"", "<label for=\"site-search-q\">", "<label for=\"search-q\">",
                "<ol class=\"search-results\"", "<h3><a href=\"/versions/2.0/sections/4.2.1.7\">4.2.1.7 Hand Held Terminal (HHT)</a></h3>",
                "<mark>hand held terminal</mark>");
        String first = mvc.perform(get("/search").param("q", "device").param("kind", "section").with(DRAFTER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("<ol class=\"search-results\" aria-labelledby=\"results-title\" start=\"1\">",
                "href=\"/search?q=device&amp;kind=section&amp;page=2\"", "checked=\"checked\"");
        String second = mvc.perform(get("/search").param("q", "device").param("kind", "section").param("page", "2")
                .with(DRAFTER)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("start=\"21\"", "Previous results");
        String hostile = mvc.perform(get("/search").param("q", "<script>alert(1)</script>")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(hostile).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        String outline = mvc.perform(get("/plan")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(outline).contains("<form class=\"site-search\" role=\"search\"", "<label for=\"site-search-q\">Search</label>");
    }

    @Test
    @Order(5)
    void commentsAreFoundByThoseTheirVersionsPageShowsThemTo() throws Exception {
        String ws = "sec-tad";
        governance.changeState(ws, "3.0", DocumentState.INTERNAL_REVIEW, "dora", AccountRole.DRAFTER, LocalDate.now());
        governance.addComment(ws, new Comment(0, "3.0", CommentTarget.SECTION, "2.1", "dora", "SECAS", null,
                "A zebrafish would explain it better.", null, null, null), AccountRole.DRAFTER);
        Comment quokka = governance.addComment(ws, new Comment(0, "3.0", CommentTarget.DOCUMENT, null, "tim",
                "Octopus Energy", null, "Mention the quokka.", null, null, null), AccountRole.TABASC_MEMBER);

        assertThat(search(ANONYMOUS, "zebrafish")).isEmpty();
        assertThat(search(ANONYMOUS, "quokka")).isEmpty();
        assertThat(search(RESPONDENT, "zebrafish")).isEmpty();
        assertThat(search(RESPONDENT, "quokka")).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("comment");
            assertThat(r.url()).isEqualTo("/versions/3.0/comments#comment-" + quokka.id());
            assertThat(r.snippet()).contains("<mark>quokka</mark>");
        });
        assertThat(search(DRAFTER, "zebrafish")).singleElement().satisfies(r -> assertThat(r.kind()).isEqualTo("comment"));
        assertThat(search(DRAFTER, "quokka")).hasSize(1);
    }
}
