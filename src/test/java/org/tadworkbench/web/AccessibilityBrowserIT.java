package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tadworkbench.account.Account;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.account.AccountStore;

/** The main pages over the reference workspace, in Chromium, checked by axe-core: no serious or critical violation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:a11y;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=workspaces/sec-tad"})
class AccessibilityBrowserIT {

    static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    AccountStore accounts;

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

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/specs", "/releases/smets1-services/impacts", "/impact/coverage", "/model",
            "/model/views", "/plan", "/versions", "/notices", "/search?q=hand+held+terminal",
            // The public reading room, as an anonymous reader sees it: the live version's pages and its switcher.
            "/outline", "/sections/2.1", "/sections/4.1.4", "/glossary", "/references", "/versions/2.0/outline"})
    void pageHasNoSeriousOrCriticalAccessibilityViolation(String path) {
        chromium.assertPageAccessible(port, path);
    }

    /** A draft section as an insider reads it, with its changes since the live version marked. */
    @Test
    void aDraftSectionWithItsChangesSinceTheLiveVersionIsAccessible() {
        accounts.add(new Account("dora", "Dora Drafter", AccountRole.DRAFTER, "SECAS", null, true, null),
                "a passphrase long enough", "tester");
        Page page = chromium.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#username").fill("dora");
        page.locator("#password").fill("a passphrase long enough");
        page.locator("form.sign-in-form button[type=submit]").click();
        page.navigate("http://localhost:" + port + "/sections/2.1");

        assertThat(page.locator("#since-live-heading").innerText()).contains("Changes since the live version 2.0");
        Chromium.screenshot(page, "a11y-draft-section-since-live");
        Chromium.assertAccessible(page);
        chromium.assertNoContentSecurityPolicyViolation(page);
        page.context().close();
    }

    /**
     * Pages that break most visibly when the policy refuses their styles: the redline, served self-contained with
     * its own stylesheet (allowed by its hash), and the workbench's pages on tad.css. A refused stylesheet leaves
     * the browser's defaults, so the check is the style itself as well as the console.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/redline?from=2.0&to=2.0", "/specs", "/model/views/conceptual-model"})
    void stylesApplyUnderTheContentSecurityPolicy(String path) {
        Page page = chromium.newPage();
        Response response = page.navigate("http://localhost:" + port + path);

        assertThat(response.status()).as(path).isEqualTo(200);
        assertThat(response.headerValue("content-security-policy")).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        // Both stylesheets set a system font; the browser's own default is a serif one.
        assertThat(page.evaluate("() => getComputedStyle(document.body).fontFamily").toString()).as(path)
                .containsIgnoringCase("system-ui");
        chromium.assertNoContentSecurityPolicyViolation(page);
        page.context().close();
    }

    /**
     * A project manager's import from MS Project in Chromium, every page checked by axe-core like the others: the plan
     * page with its import form, the dry run with its alarms, a refused file, and the plan page after the apply.
     */
    @Test
    void theImportFromFormToDryRunToAppliedPlanIsAccessible() throws Exception {
        accounts.add(new Account("pat", "Pat Manager", AccountRole.PROJECT_MANAGER, "SECAS", null, true, null), "a passphrase long enough",
                "tester");
        Page page = chromium.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#username").fill("pat");
        page.locator("#password").fill("a passphrase long enough");
        page.locator("form.sign-in-form button[type=submit]").click();

        page.navigate("http://localhost:" + port + "/plan");
        assertThat(page.locator("#import-heading").innerText()).isEqualTo("Import from MS Project (.xml or .mpp)");
        Chromium.assertAccessible(page);

        page.locator("#import-file").setInputFiles(new FilePayload("notes.xml", "application/xml", "just notes".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.locator("form[action='/plan/import'] button").click();
        assertThat(page.locator("#import-problem-title").innerText()).isEqualTo("The plan was not changed");
        Chromium.screenshot(page, "a11y-plan-import-refused");
        Chromium.assertAccessible(page);

        page.locator("#import-file").setInputFiles(new FilePayload("consultation.xml", "application/xml",
                MsProjectFile.consultation()));
        page.locator("form[action='/plan/import'] button").click();
        assertThat(page.locator("#alarms-title").innerText()).isEqualTo("Read this before you apply");
        Chromium.screenshot(page, "a11y-plan-import-dry-run");
        Chromium.assertAccessible(page);

        page.locator("form[action='/plan/import/apply'] button").click();
        assertThat(page.url()).endsWith("/plan#tasks");
        assertThat(page.locator(".flash").innerText()).contains("Imported consultation.xml");
        Chromium.screenshot(page, "a11y-plan-imported");
        Chromium.assertAccessible(page);
        chromium.assertNoContentSecurityPolicyViolation(page);
        page.context().close();
    }
}
