package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tadworkbench.account.Account;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.account.AccountStore;
import org.tadworkbench.account.PartyCategory;

/**
 * Sign-in as a browser does it, over real HTTP: our own form with its CSRF token, back to the page the user came
 * from, the roles as authorities (a respondent may not change an impact status; a drafter may), throttling after
 * repeated failures, and the session cookie's flags.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:signin;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=src/test/resources/workspaces/mini"})
class SignInIntegrationTests {

    private static final String PASSWORD = "correct horse battery";
    private static final String STATUS = "/releases/r1/impacts/R01/status";

    @LocalServerPort
    int port;

    @Autowired
    AccountStore accounts;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void accounts() throws Exception {
        add(new Account("dora", "Dora Drafter", AccountRole.DRAFTER, "SECAS", null, true, null));
        add(new Account("rita", "Rita Respondent", AccountRole.RESPONDENT, "Example Energy Ltd", PartyCategory.LARGE_SUPPLIER, true, null));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from sign_in_failure"); // every test signs in from 127.0.0.1
        }
    }

    @Test
    void firstStartSaysHowToCreateTheFirstAdministrator(CapturedOutput output) {
        assertThat(output.getAll()).contains("No administrator account yet", "./tad users add admin --role administrator")
                .doesNotContainIgnoringCase("password:");
    }

    @Test
    void theSignInPageIsALabelledFormCarryingItsCsrfToken() {
        HttpResponse<String> page = new Browser(port).get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Sign in – TAD Workbench</title>", "<label for=\"username\">Username</label>",
                "id=\"username\" name=\"username\"", "<label for=\"password\">Password</label>", "type=\"password\"",
                "autocomplete=\"current-password\"", "name=\"_csrf\"", "action=\"/login\"", "class=\"site-header\"")
                .doesNotContain("<script")
                .doesNotContain("/oauth2/authorization"); // issue 16: no identity provider configured, no button
        assertThat(new Browser(port).get("/oauth2/authorization/oidc").statusCode()).isEqualTo(404);
    }

    @Test
    void signingInReturnsToThePageTheUserCameFromAndNeverToAnotherSite() {
        Browser fromLink = new Browser(port);
        assertThat(fromLink.get("/login?next=/outline").body()).contains("name=\"next\" value=\"/outline\"");
        HttpResponse<String> signedIn = fromLink.post("/login", "/login?next=/outline",
                Map.of("username", "dora", "password", PASSWORD, "next", "/outline"));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/outline"));
        assertThat(fromLink.get("/outline").body()).contains("Sign out", "(dora)");

        Browser fromReferer = new Browser(port);
        assertThat(fromReferer.get("/login", "Referer", "http://localhost:" + port + "/specs?x=1").body())
                .contains("name=\"next\" value=\"/specs?x=1\"");
        assertThat(fromReferer.get("/login", "Referer", "https://evil.example/specs").body()).doesNotContain("name=\"next\"");

        Browser offSite = new Browser(port);
        HttpResponse<String> refused = offSite.post("/login", "/login",
                Map.of("username", "dora", "password", PASSWORD, "next", "//evil.example/x"));
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("evil").endsWith("/"));
    }

    @Test
    void rolesAreAuthorities_aRespondentMayNotChangeAnImpactStatusButADrafterMay() {
        Browser respondent = new Browser(port);
        assertThat(respondent.signIn("rita", PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> forbidden = respondent.post(STATUS, "/login", Map.of("status", "drafting"));
        assertThat(forbidden.statusCode()).isEqualTo(403);

        Browser drafter = new Browser(port);
        drafter.signIn("dora", PASSWORD);
        HttpResponse<String> changed = drafter.post(STATUS, "/releases/r1/impacts", Map.of("status", "drafting"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(drafter.get("/releases/r1/impacts").body()).contains("R01: identified → drafting");

        // Without the token, even a drafter is refused; an anonymous reader is sent to sign in.
        assertThat(drafter.postRaw(STATUS, Map.of("status", "drafted")).statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = new Browser(port).post(STATUS, "/login", Map.of("status", "drafted"));
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void afterFiveWrongPasswordsTheSixthAndEvenTheRightOneAreRefused() {
        Browser guesser = new Browser(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> failed = guesser.signIn("dora", "wrong password " + attempt);
            assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
            assertThat(guesser.get("/login?error").body()).contains("The username or password is not right");
        }
        guesser.signIn("dora", "wrong password 6");
        assertThat(guesser.get("/login?error").body()).contains("Too many failed sign-ins", "Try again after");

        Browser owner = new Browser(port);
        owner.signIn("dora", PASSWORD);
        assertThat(owner.get("/login?error").body()).contains("Too many failed sign-ins");
        assertThat(owner.get("/").body()).doesNotContain("(dora)");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() {
        Browser browser = new Browser(port);
        HttpResponse<String> signedIn = browser.signIn("dora", PASSWORD);
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        HttpResponse<String> signedOut = browser.post("/logout", "/", Map.of());
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?signedOut"));
        assertThat(browser.get("/").body()).doesNotContain("(dora)").contains("Sign in");
    }

    @Test
    void aDisabledAccountCannotSignInAndItsSessionsEnd() {
        add(new Account("dan", "Dan", AccountRole.PROJECT_MANAGER, null, null, true, null));
        Browser browser = new Browser(port);
        browser.signIn("dan", PASSWORD);
        assertThat(browser.get("/").body()).contains("(dan)");

        assertThat(accounts.disable("dan", "tester")).isEqualTo(1);
        assertThat(browser.get("/").body()).doesNotContain("(dan)");
        browser.signIn("dan", PASSWORD);
        assertThat(browser.get("/login?error").body()).contains("The username or password is not right");
    }

    private void add(Account account) {
        if (accounts.find(account.username()).isEmpty()) {
            accounts.add(account, PASSWORD, "tester");
        }
    }
}
