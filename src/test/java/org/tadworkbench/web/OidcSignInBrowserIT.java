package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.account.AccountStore;

/**
 * OpenID Connect sign-in in Chromium as a person does it (issue 16): the sign-in page (checked by axe-core), a click
 * on "Sign in with Example Energy", through the organisation's provider (mock-oauth2-server, started here, which
 * answers at once for the person the test names) and back to the workbench, signed in with the mapped role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:oidcbrowser;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=src/test/resources/workspaces/mini",
        "tad.oidc.client-id=tad-workbench",
        "tad.oidc.client-secret=not-a-real-secret",
        "tad.oidc.name=Example Energy",
        "tad.oidc.role-claim=groups",
        "tad.oidc.roles.tad-drafters=drafter"})
class OidcSignInBrowserIT {

    private static final String ISSUER_ID = "example-energy";
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    AccountStore accounts;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) throws IOException {
        PROVIDER.start();
        registry.add("tad.oidc.issuer", () -> PROVIDER.issuerUrl(ISSUER_ID).toString());
    }

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void close() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        PROVIDER.shutdown();
    }

    @Test
    void theSignInPageWithTheProviderIsAccessible() {
        chromium.assertPageAccessible(port, "/login");
    }

    @Test
    void aPersonSignsInThroughTheirOrganisationsProvider() {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "sub-bea", "JWT", null,
                Map.of("preferred_username", "bea", "name", "Bea Drafter", "groups", List.of("tad-drafters")), 3600));
        Page page = chromium.newPage();
        page.navigate("http://localhost:" + port + "/login");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with Example Energy")).click();

        page.waitForURL("http://localhost:" + port + "/");
        Chromium.screenshot(page, "oidc-signed-in");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out (bea)")).isVisible()).isTrue();
        assertThat(accounts.find("bea").orElseThrow().role()).isEqualTo(AccountRole.DRAFTER);
        chromium.assertNoContentSecurityPolicyViolation(page);
        page.context().close();
    }
}
