package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every response carries a Content-Security-Policy and a Referrer-Policy: pages, the sign-in page, static files,
 * downloads, feeds, and what the server answers when it refuses or finds nothing, each over real HTTP (the error pages
 * are the container's, which a mock request never reaches). The SVG diagrams and charts keep their own policy
 * (ViewsController's: nothing loaded, no script, their inline styles allowed).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:headers;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=workspaces/sec-tad"})
class SecurityHeadersIntegrationTests {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} {1} ({3})")
    @CsvSource({
            "GET, /, 200, page",
            "GET, /specs, 200, page",
            "GET, /login, 200, sign-in page",
            "GET, /css/tad.css, 200, static file",
            "GET, /versions/2.0/tad.html, 200, download",
            "GET, /notices.atom, 200, feed",
            "GET, /redline?from=2.0&to=2.0, 200, redline page",
            "GET, /no/such/page, 404, error page",
            "GET, /versions/9.9/tad.html, 404, error page of a missing version",
            "GET, /audit, 403, refusal",
            "GET, /sections/4.2/edit, 302, sign-in redirect",
            "POST, /impact/accept, 403, refused form without its CSRF token"})
    void everyResponseCarriesTheWorkbenchPolicies(String method, String path, int status, String what)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, path);

        assertThat(response.statusCode()).as(what).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Security-Policy")).as(what)
                .hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/model/views/conceptual-model/smets2plus.svg", "/plan/gantt.svg"})
    void drawingsKeepTheirOwnPolicy(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send("GET", path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(ViewsController.SVG_POLICY);
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void thePolicyAllowsNoInlineScriptOrStyleAndNoFraming() {
        // What the pages rely on not being needed: if a page came to need inline code, widening this is a decision.
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                .contains("default-src 'self'", "script-src 'self';", "object-src 'none'", "frame-ancestors 'none'",
                        "base-uri 'self'", "form-action 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
