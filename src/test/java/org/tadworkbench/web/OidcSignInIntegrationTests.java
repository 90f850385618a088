package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tadworkbench.account.Account;
import org.tadworkbench.account.AccountChange;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.account.AccountStore;

/**
 * Sign-in through an organisation's OpenID Connect provider (issue 16), end to end over real HTTP against a real
 * provider the test starts (mock-oauth2-server): the login page's link, the provider's redirect back with a code, the
 * server's own token request and ID token verification. The provider's answers are shaped per test by token
 * callbacks (subject, claims, expiry, even the issuer claim); a tampered ID token is made by a route that forwards
 * the token request to the provider and changes the signed token's claims on the way back, as a man in the middle
 * would.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:oidc;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=src/test/resources/workspaces/mini",
        "tad.oidc.client-id=tad-workbench",
        "tad.oidc.client-secret=not-a-real-secret",
        "tad.oidc.name=Example Energy",
        "tad.oidc.organisation-claim=org",
        "tad.oidc.role-claim=groups",
        "tad.oidc.roles.tad-admins=administrator",
        "tad.oidc.roles.tad-drafters=drafter",
        "tad.oidc.roles.tad-qa=quality-assurance"})
class OidcSignInIntegrationTests {

    private static final String ISSUER_ID = "example-energy";
    /** When set, the provider's token responses pass through it (the tampering man in the middle). */
    private static final AtomicReference<UnaryOperator<String>> TOKEN_RESPONSE = new AtomicReference<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server(new InTheMiddle());

    @LocalServerPort
    int port;

    @Autowired
    AccountStore accounts;

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) throws IOException {
        PROVIDER.start();
        registry.add("tad.oidc.issuer", OidcSignInIntegrationTests::issuer);
    }

    @AfterAll
    static void stopProvider() throws IOException {
        PROVIDER.shutdown();
    }

    @AfterEach
    void noMan() {
        TOKEN_RESPONSE.set(null);
    }

    @Test
    void theSignInPageOffersTheProviderBesideTheForm() {
        String page = new Browser(port).get("/login").body();
        assertThat(page).contains("<h2 id=\"provider-title\">Or use your organisation's account</h2>",
                "href=\"/oauth2/authorization/oidc\">Sign in with Example Energy</a>", "<label for=\"username\">Username</label>")
                .doesNotContain("<script");
    }

    @Test
    void theFirstSignInCreatesTheAccountWithTheMappedRoleInADatabaseSession() throws Exception {
        Browser browser = new Browser(port);
        HttpResponse<String> landed = signIn(browser, "sub-dora", Map.of("preferred_username", "Dora.Drafter",
                "name", "Dora Drafter", "org", "SECAS", "groups", List.of("staff", "tad-drafters")));

        assertThat(landed.statusCode()).isEqualTo(302);
        assertThat(landed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(browser.get("/").body()).contains("Sign out", "(dora.drafter)");
        Account dora = accounts.find("dora.drafter").orElseThrow();
        assertThat(dora.role()).isEqualTo(AccountRole.DRAFTER);
        assertThat(dora.displayName()).isEqualTo("Dora Drafter");
        assertThat(dora.organisation()).isEqualTo("SECAS");
        assertThat(changes("dora.drafter")).singleElement().satisfies(added -> {
            assertThat(added.action()).isEqualTo("account-added");
            assertThat(added.actor()).isEqualTo("dora.drafter");
            assertThat(added.after()).contains("role: drafter", "identity provider: " + issuer());
        });
        // The role is the authority: the audit trail is open to a drafter, and the session is Spring Session JDBC's.
        assertThat(browser.get("/audit").statusCode()).isEqualTo(200);
        assertThat(sessionsOf("dora.drafter")).isEqualTo(1);
        // No password: the form cannot sign this account in.
        assertThat(new Browser(port).signIn("dora.drafter", "").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
    }

    @Test
    void signingInReturnsToThePageThePersonCameFrom() {
        Browser browser = new Browser(port);
        assertThat(browser.get("/login?next=/outline").body()).contains("href=\"/oauth2/authorization/oidc?next=/outline\"");
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "sub-olga", "JWT", null,
                Map.of("preferred_username", "olga"), 3600));
        HttpResponse<String> landed = followFlow(browser, "/oauth2/authorization/oidc?next=/outline");
        assertThat(landed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/outline"));

        // Never to another site.
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "sub-olga", "JWT", null,
                Map.of("preferred_username", "olga"), 3600));
        HttpResponse<String> home = followFlow(new Browser(port), "/oauth2/authorization/oidc?next=//evil.example/");
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(":" + port + "/"));
    }

    @Test
    void laterSignInsFollowTheClaims_withoutAMappedRoleThePersonReadsAsThePublicDoes() {
        signIn(new Browser(port), "sub-quinn", Map.of("preferred_username", "quinn", "groups", List.of("tad-qa")));
        assertThat(accounts.find("quinn").orElseThrow().role()).isEqualTo(AccountRole.QUALITY_ASSURANCE);

        // The provider renamed the person and took the group away: the same account (bound to the subject), no role.
        Browser again = new Browser(port);
        signIn(again, "sub-quinn", Map.of("preferred_username", "quinn.renamed", "groups", "other"));
        assertThat(accounts.find("quinn.renamed")).isEmpty();
        assertThat(accounts.find("quinn").orElseThrow().role()).isEqualTo(AccountRole.NONE);
        assertThat(changes("quinn")).extracting(AccountChange::action).containsExactly("account-added", "account-changed");
        assertThat(changes("quinn").get(1).before()).contains("role: quality-assurance");
        assertThat(changes("quinn").get(1).after()).contains("role: none");

        assertThat(again.get("/").body()).contains("(quinn)");
        assertThat(again.get("/audit").statusCode()).isEqualTo(403);
        assertThat(again.post("/versions/2.0/comments", "/", Map.of("target", "document", "targetRef", "",
                "text", "A comment from nobody in particular.", "proposedChange", "")).statusCode()).isEqualTo(403);
        assertThat(again.get("/versions/2.0/comments").body()).doesNotContain("class=\"comment-form\"");

        // A third sign-in with the same claims changes nothing, so nothing more is audited.
        signIn(new Browser(port), "sub-quinn", Map.of("preferred_username", "quinn.renamed", "groups", "other"));
        assertThat(changes("quinn")).hasSize(2);
    }

    @Test
    void aDisabledAccountIsSignedOutAndRefused() {
        Browser browser = new Browser(port);
        signIn(browser, "sub-dan", Map.of("preferred_username", "dan", "groups", List.of("tad-drafters")));
        assertThat(browser.get("/").body()).contains("(dan)");

        assertThat(accounts.disable("dan", "admin")).isEqualTo(1);
        assertThat(browser.get("/").body()).doesNotContain("(dan)");

        HttpResponse<String> refused = signIn(browser, "sub-dan", Map.of("preferred_username", "dan", "groups", List.of("tad-drafters")));
        assertRefused(browser, refused, "The account dan is disabled.");
    }

    @Test
    void aLocalAccountIsNeverTakenOverByAProviderUsingItsName() {
        accounts.add(new Account("lena", "Lena Local", AccountRole.ADMINISTRATOR, null, null, true, null),
                "a long enough password", "tester");
        Browser browser = new Browser(port);
        HttpResponse<String> refused = signIn(browser, "sub-mallory", Map.of("preferred_username", "lena",
                "groups", List.of("tad-drafters")));
        assertRefused(browser, refused, "account &#39;lena&#39; already exists and is not bound to this identity provider");
        assertThat(accounts.find("lena").orElseThrow().role()).isEqualTo(AccountRole.ADMINISTRATOR);
    }

    @Test
    void anIdTokenFromAnotherIssuerIsRefused(CapturedOutput log) {
        Browser browser = new Browser(port);
        HttpResponse<String> refused = signIn(browser, "sub-ivan", Map.of("preferred_username", "ivan",
                "groups", List.of("tad-admins"), "iss", "http://localhost:1/another-issuer"));
        assertRefused(browser, refused, "could not be verified");
        assertThat(accounts.find("ivan")).isEmpty();
        assertThat(log.getOut()).contains("[invalid_id_token]", "invalid claims", "iss=http://localhost:1/another-issuer");
    }

    @Test
    void anExpiredIdTokenIsRefused(CapturedOutput log) {
        Browser browser = new Browser(port);
        // Signed by the provider an hour ago, expired ten minutes ago (well past Spring's minute of clock skew).
        Instant now = Instant.now();
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "sub-eve", "JWT", null,
                Map.of("preferred_username", "eve", "groups", List.of("tad-admins"), "iat", Date.from(now.minusSeconds(3600)),
                        "nbf", Date.from(now.minusSeconds(3600)), "exp", Date.from(now.minusSeconds(600))), 3600));
        HttpResponse<String> refused = followFlow(browser);
        assertRefused(browser, refused, "could not be verified");
        assertThat(accounts.find("eve")).isEmpty();
        assertThat(log.getOut()).contains("[invalid_id_token]", "Jwt expired at");
    }

    @Test
    void anIdTokenChangedAfterSigningIsRefused(CapturedOutput log) {
        // The provider signs a token for a drafter; on its way back the groups claim is changed to the administrators'.
        TOKEN_RESPONSE.set(json -> withIdTokenClaims(json, claims -> claims.replace("\"tad-drafters\"", "\"tad-admins\"")));
        Browser browser = new Browser(port);
        HttpResponse<String> refused = signIn(browser, "sub-tom", Map.of("preferred_username", "tom",
                "groups", List.of("tad-drafters")));
        assertRefused(browser, refused, "could not be verified");
        assertThat(accounts.find("tom")).isEmpty();
        assertThat(log.getOut()).contains("[invalid_id_token]", "Invalid signature");

        // The same flow untouched signs in: the refusal was the tampering's.
        TOKEN_RESPONSE.set(null);
        signIn(browser, "sub-tom", Map.of("preferred_username", "tom", "groups", List.of("tad-drafters")));
        assertThat(accounts.find("tom").orElseThrow().role()).isEqualTo(AccountRole.DRAFTER);
    }

    private static String issuer() {
        return PROVIDER.issuerUrl(ISSUER_ID).toString();
    }

    /** The provider will answer the next token request for {@code subject} with {@code claims}; then the flow. */
    private HttpResponse<String> signIn(Browser browser, String subject, Map<String, Object> claims) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", null, claims, 3600));
        return followFlow(browser);
    }

    /**
     * As a browser follows it: the sign-in link to the provider, the provider's redirect back with a code, and the
     * workbench's answer to that callback (after it has exchanged the code and verified the ID token).
     */
    private HttpResponse<String> followFlow(Browser browser) {
        return followFlow(browser, "/oauth2/authorization/oidc");
    }

    private HttpResponse<String> followFlow(Browser browser, String signInLink) {
        HttpResponse<String> toProvider = browser.get(signInLink);
        assertThat(toProvider.statusCode()).isEqualTo(302);
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(issuer()).contains("client_id=tad-workbench", "nonce=", "state=");
        URI back = URI.create(send(HttpRequest.newBuilder(URI.create(authorize)).GET()).headers().firstValue("Location").orElseThrow());
        assertThat(back.getPort()).isEqualTo(port);
        return browser.get(back.getRawPath() + "?" + back.getRawQuery());
    }

    private void assertRefused(Browser browser, HttpResponse<String> refused, String reason) {
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
        assertThat(browser.get("/login?error").body()).contains("You are not signed in", reason);
        assertThat(browser.get("/").body()).doesNotContain("Sign out");
    }

    private List<AccountChange> changes(String username) {
        return new ArrayList<>(accounts.changes().stream().filter(c -> c.username().equals(username)).toList());
    }

    private int sessionsOf(String username) throws Exception {
        try (Connection connection = dataSource.getConnection();
             var select = connection.prepareStatement("select count(*) from spring_session where principal_name = ?")) {
            select.setString(1, username);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static final Pattern ID_TOKEN = Pattern.compile("\"id_token\"\\s*:\\s*\"([^\"]+)\"");

    /** The token response with its ID token's payload rewritten, header and signature kept. */
    private static String withIdTokenClaims(String json, UnaryOperator<String> change) {
        Matcher m = ID_TOKEN.matcher(json);
        assertThat(m.find()).as("an ID token in " + json).isTrue();
        String[] parts = m.group(1).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String changed = change.apply(claims);
        assertThat(changed).as("the tampering changed the claims").isNotEqualTo(claims);
        parts[1] = Base64.getUrlEncoder().withoutPadding().encodeToString(changed.getBytes(StandardCharsets.UTF_8));
        return json.substring(0, m.start(1)) + String.join(".", parts) + json.substring(m.end(1));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A route on the provider's own server: while {@link #TOKEN_RESPONSE} is set, a token request is forwarded to the
     * provider's real token endpoint (marked, so it passes this route) and its answer changed on the way back.
     */
    private static final class InTheMiddle implements Route {

        private static final String FORWARDED = "X-Forwarded-By-Test";

        @Override
        public boolean match(OAuth2HttpRequest request) {
            return TOKEN_RESPONSE.get() != null && request.getUrl().encodedPath().endsWith("/token")
                    && request.getHeaders().get(FORWARDED) == null;
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            HttpRequest.Builder forward = HttpRequest.newBuilder(request.getUrl().uri())
                    .header("Content-Type", "application/x-www-form-urlencoded").header(FORWARDED, "yes")
                    .POST(HttpRequest.BodyPublishers.ofString(request.getBody()));
            String authorization = request.getHeaders().get("Authorization");
            if (authorization != null) {
                forward.header("Authorization", authorization);
            }
            HttpResponse<String> real = send(forward);
            String body = TOKEN_RESPONSE.get().apply(real.body());
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json;charset=UTF-8"), real.statusCode(),
                    body, body.getBytes(StandardCharsets.UTF_8));
        }
    }
}
