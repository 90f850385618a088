package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tadworkbench.account.Account;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.account.AccountStore;

/**
 * A project manager's import from MS Project in Chromium, every page checked by axe-core like the others: the plan
 * page with its import form, the dry run with its alarms, a refused file, and the plan page after the apply.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:planimporta11y;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=workspaces/sec-tad"})
class PlanImportAccessibilityBrowserIT {

    private static final String PASSWORD = "a passphrase long enough";

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

    @Test
    void theImportFromFormToDryRunToAppliedPlanIsAccessible() throws Exception {
        accounts.add(new Account("pat", "Pat Manager", AccountRole.PROJECT_MANAGER, "SECAS", null, true, null), PASSWORD,
                "tester");
        Page page = chromium.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#username").fill("pat");
        page.locator("#password").fill(PASSWORD);
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
