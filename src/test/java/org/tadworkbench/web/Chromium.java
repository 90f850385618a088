package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tadworkbench.Prerequisite;

/**
 * Debian's Chromium driven by Playwright (no browser download), for the browser tests. Where /usr/bin/chromium is
 * missing the tests are skipped on a developer's machine but fail on CI (CI=true), which must install it
 * ({@link Prerequisite}).
 */
final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;
    /** What Chromium's console said about Content-Security-Policy on each page, with the address it was at. */
    private final Map<Page, List<String>> policyViolations = new ConcurrentHashMap<>();

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium launch() {
        if (!Files.isExecutable(EXECUTABLE)) {
            Prerequisite.missing(EXECUTABLE + " for the browser tests", "apt-get install -y chromium");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
        return new Chromium(playwright, browser);
    }

    /**
     * A fresh browser profile (its own cookies): one per person in a journey. Its console is watched for what the
     * Content-Security-Policy refused (an inline style or script a page relied on), which a page would otherwise
     * survive looking subtly wrong.
     */
    Page newPage() {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        List<String> violations = new CopyOnWriteArrayList<>();
        policyViolations.put(page, violations);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(page.url() + ": " + message.text());
            }
        });
        return page;
    }

    /** Nothing has been refused by the Content-Security-Policy on any of {@code pages} since it was opened. */
    void assertNoContentSecurityPolicyViolation(Page... pages) {
        for (Page page : pages) {
            assertThat(policyViolations.get(page)).as("Content-Security-Policy violations in the console").isEmpty();
        }
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /**
     * Opens a page of the server on {@code port} as an anonymous reader and checks it as every page is checked: it
     * answers 200, a screenshot is kept, axe finds no serious or critical violation and the console shows no
     * Content-Security-Policy violation.
     */
    void assertPageAccessible(int port, String path) {
        Page page = newPage();
        com.microsoft.playwright.Response response = page.navigate("http://localhost:" + port + path);
        assertThat(response.status()).as(path).isEqualTo(200);
        screenshot(page, "a11y" + path.replaceAll("[^A-Za-z0-9]+", "-"));
        assertAccessible(page);
        assertNoContentSecurityPolicyViolation(page);
        page.context().close();
    }

    /** axe-core on the page as shown: no serious or critical violation. */
    static void assertAccessible(Page page) {
        List<Rule> severe = new AxeBuilder(page).analyze().getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
        assertThat(severe).as("serious or critical accessibility violations on %s: %s", page.url(),
                severe.stream().map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at "
                        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList()).isEmpty();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
