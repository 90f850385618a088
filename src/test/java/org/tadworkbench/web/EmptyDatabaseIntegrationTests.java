package org.tadworkbench.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** First run: nothing imported, so the dashboard says how to import and other pages lead there. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:emptytest;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class EmptyDatabaseIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void dashboardExplainsHowToImportAndOtherPagesLeadToIt() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("./tad import WORKSPACE")));
        mvc.perform(get("/outline")).andExpect(redirectedUrl("/"));
    }
}
