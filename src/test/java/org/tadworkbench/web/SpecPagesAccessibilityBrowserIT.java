package org.tadworkbench.web;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tadworkbench.spec.SpecStatus;
import org.tadworkbench.spec.SpecVersion;
import org.tadworkbench.store.WorkspaceStore;

/**
 * The specification pages in Chromium, checked by axe-core like the other pages: a document's page, a version's
 * clauses (nested details) and the changes between two versions, over two made-up ingested versions of DUIS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:speca11y;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=workspaces/sec-tad"})
class SpecPagesAccessibilityBrowserIT {

    static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    WorkspaceStore store;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void twoVersionsOfDuis() {
        store.changeSpecs("sec-tad", register -> SpecPagesIntegrationTests.withVersion(register,
                        new SpecVersion("3.1", "v3.1", null, SpecStatus.DRAFT, null)).withTexts(List.of(
                        SpecPagesIntegrationTests.duis("3.0d3", "The central system shall not offer Variant 8.13."),
                        SpecPagesIntegrationTests.duis("3.1", "The central system shall refuse Variants 8.13 and 8.14."))),
                "tester", "spec-text-set-up", "DUIS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/specs/DUIS", "/specs/DUIS/3.0d3", "/specs/DUIS/3.0d3?open=1", "/specs/DUIS/diff?from=3.0d3&to=3.1"})
    void specificationPageHasNoSeriousOrCriticalAccessibilityViolation(String path) {
        chromium.assertPageAccessible(port, path);
    }
}
