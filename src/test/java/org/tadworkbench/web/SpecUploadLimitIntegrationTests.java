package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tadworkbench.account.Account;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.account.AccountStore;
import org.tadworkbench.store.GovernanceStore;

/**
 * An upload over the server's limit (a specification, a reviewer's Word file), over real HTTP (MockMvc enforces no multipart limits): the signed-in drafter
 * gets the 413 page naming the limit, not a CSRF refusal or a reset connection, and nothing is stored. The limit is
 * set small here so the test sends kilobytes; the application's own 50 MB is the same setting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:speclimit;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=workspaces/sec-tad",
        "spring.servlet.multipart.max-file-size=4KB",
        "spring.servlet.multipart.max-request-size=6KB"})
class SpecUploadLimitIntegrationTests {

    private static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;
    @Autowired
    AccountStore accounts;
    @Autowired
    GovernanceStore governance;

    @Test
    void aFileOverTheLimitGetsThe413PageAndNothingIsStored() {
        assertTooLarge("/specs/DUIS", "/specs/DUIS/versions", Map.of("version", "3.1"), "duis-3.1.md");
    }

    @Test
    void aReviewersWordFileOverTheLimitGetsThe413PageAndNothingIsStored() {
        assertTooLarge("/versions/3.0/comments", "/versions/3.0/comments/word", Map.of(), "reviewed.docx");
    }

    private void assertTooLarge(String page, String action, Map<String, String> fields, String fileName) {
        if (accounts.find("dora").isEmpty()) {
            accounts.add(new Account("dora", "Dora Drafter", AccountRole.DRAFTER, "SECAS", null, true, null), PASSWORD, "tester");
        }
        Browser browser = new Browser(port);
        assertThat(browser.signIn("dora", PASSWORD).statusCode()).isEqualTo(302);
        String token = browser.csrfToken(page);
        int trail = governance.auditTrail("sec-tad").size();
        byte[] big = new byte[5 * 1024];
        Arrays.fill(big, (byte) 'a');
        Map<String, String> form = new java.util.HashMap<>(fields);
        form.put("_csrf", token);

        HttpResponse<String> response = browser.postMultipart(action, form, "file", fileName, big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("<h1>The file is too large</h1>", "at most 4 KB", "Nothing was stored.");
        assertThat(governance.auditTrail("sec-tad")).hasSize(trail);
    }
}
