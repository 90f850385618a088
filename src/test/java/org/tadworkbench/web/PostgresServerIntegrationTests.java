package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tadworkbench.web.SignedIn.drafter;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The production set-up: the server on PostgreSQL (a real one, started in-process), Flyway migrating it through
 * Spring Boot, and the reference workspace imported on first start.
 */
@SpringBootTest(properties = "tad.initial-workspace=workspaces/sec-tad")
@AutoConfigureMockMvc
class PostgresServerIntegrationTests {

    private static EmbeddedPostgres postgres;

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void servesTheReferenceWorkspaceFromPostgres() throws Exception {
        String home = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String hht = mvc.perform(get("/sections/4.2.1.7").with(drafter())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(home).contains("Technical Architecture Document", "3.0", "smets1-services");
        assertThat(hht).contains("Hand Held Terminal (HHT)", "A20", "8.13");
    }
}
