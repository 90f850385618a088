package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tadworkbench.account.Account;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.account.AccountStore;
import org.tadworkbench.account.PartyCategory;

/**
 * The PID's quality route in Chromium, each person in a browser of their own, over the reference workspace: a drafter
 * edits a section and sends v3.0 to internal review, SECAS core opens the consultation, a SEC Party comments (with
 * hostile text), SECAS closes the consultation and disposes of the comment, the TABASC chair approves, SECAS core
 * publishes. Screenshots of every step go to target/screenshots; axe-core checks the review pages on the way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:journey;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=workspaces/sec-tad"})
class ReviewJourneyBrowserIT {

    private static final String PASSWORD = "a passphrase long enough";
    private static final String ADDED = "The drafter adds this sentence in the browser.";

    Chromium chromium;

    /** The day the journey starts; the consultation runs to its published closing date before SECAS closes it. */
    private static final LocalDate START = LocalDate.of(2019, 3, 12);
    private static final MovableClock CLOCK = new MovableClock(START);

    @TestConfiguration
    static class JourneyClock {
        @Bean
        @Primary
        Clock journeyClock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountStore accounts;

    @BeforeAll
    void launch() {
        chromium = Chromium.launch();
        accounts.add(new Account("dora", "Dora Drafter", AccountRole.DRAFTER, "SECAS", null, true, null), PASSWORD, "tester");
        accounts.add(new Account("quinn", "Quinn Quality", AccountRole.QUALITY_ASSURANCE, "SECAS", null, true, null), PASSWORD, "tester");
        accounts.add(new Account("rita", "Rita Respondent", AccountRole.RESPONDENT, "Example Energy Ltd",
                PartyCategory.LARGE_SUPPLIER, true, null), PASSWORD, "tester");
        accounts.add(new Account("carl", "Carl Chair", AccountRole.TABASC_CHAIR, "TABASC", null, true, null), PASSWORD, "tester");
    }

    @AfterAll
    void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void fromDraftingToPublicationThroughTheBrowser() {
        Page dora = signIn("dora");
        dora.navigate(url("/sections/4.2/edit"));
        Chromium.assertAccessible(dora);
        Locator text = dora.locator("#text");
        text.fill(text.inputValue() + "\n\n" + ADDED + "\n");
        button(dora, "Save").click();
        assertThat(dora.locator("main").innerText()).contains(ADDED);
        Chromium.screenshot(dora, "journey-01-drafter-edits-4.2");

        dora.navigate(url("/versions"));
        Chromium.assertAccessible(dora);
        version(dora).locator("button:has-text('Move to internal review')").click();
        assertThat(version(dora).innerText()).contains("internal review");
        Chromium.screenshot(dora, "journey-02-internal-review");

        Page quinn = signIn("quinn");
        quinn.navigate(url("/versions/3.0/consultation/new"));
        Chromium.assertAccessible(quinn);
        quinn.getByLabel("SEC Parties").check();
        quinn.getByLabel("TABASC members").check();
        LocalDate today = START;
        LocalDate closes = today.plusDays(45);
        quinn.locator("#opens").fill(today.toString());
        quinn.locator("#closes").fill(closes.toString());
        quinn.locator("#questions").fill("Does section 4.2 describe the SMETS1 devices correctly?");
        button(quinn, "Open the consultation").click();
        assertThat(quinn.locator("main").innerText()).contains("Does section 4.2 describe the SMETS1 devices correctly?");
        Chromium.assertAccessible(quinn);
        Chromium.screenshot(quinn, "journey-03-consultation-open");
        String consultation = quinn.url();

        Page rita = signIn("rita");
        rita.navigate(url("/sections/4.2"));
        assertThat(rita.locator("main").innerText()).contains(ADDED);
        // Paragraphs are numbered beside the text, each a link to itself and to a comment on it.
        assertThat(rita.locator(".section-body #p1 a.para__number").getAttribute("href")).isEqualTo("#p1");
        Chromium.assertAccessible(rita);
        rita.locator("#comment-text").fill("<script>window.pwned = 1</script> Please say which SMETS1 meters this covers.");
        rita.locator("#comment-change").fill("Name the SMETS1 device models in scope.");
        button(rita, "Add comment").click();
        assertThat(rita.locator("main").innerText()).contains("<script>window.pwned = 1</script> Please say which");
        assertThat(rita.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        Chromium.assertAccessible(rita);
        Chromium.screenshot(rita, "journey-04-respondent-comments");
        rita.navigate(url("/versions"));
        assertThat(rita.locator("button:has-text('Move to')").count()).isZero();

        CLOCK.today(closes.plusDays(1)); // a consultation is closed only once its published closing date has passed
        quinn.navigate(url("/versions"));
        version(quinn).locator("button:has-text('Move to consultation closed')").click();
        quinn.navigate(consultation);
        quinn.locator("summary:has-text('Record a disposition')").first().click();
        quinn.locator("select[name=outcome]").first().selectOption("ACCEPTED");
        quinn.locator("textarea[name=response]").first().fill("Section 4.2 now lists the enrolled SMETS1 device types.");
        quinn.locator("input[name=sectionNumber]").first().fill("4.2");
        button(quinn, "Record disposition").first().click();
        assertThat(quinn.locator("main").innerText()).contains("Section 4.2 now lists the enrolled SMETS1 device types.");
        Chromium.screenshot(quinn, "journey-05-secas-disposes");

        Page carl = signIn("carl");
        carl.navigate(url("/versions"));
        version(carl).locator("select[name=outcome]").selectOption("approved");
        version(carl).locator("input[name=minute]").fill("TABASC_48_0418");
        version(carl).locator("button:has-text('Record the decision')").click();
        assertThat(version(carl).innerText()).contains("approved", "TABASC_48_0418");
        Chromium.screenshot(carl, "journey-06-tabasc-approves");

        quinn.navigate(url("/versions"));
        version(quinn).locator("a:has-text('Publish…')").click();
        Chromium.assertAccessible(quinn);
        if (quinn.locator("#acknowledge").count() > 0) {
            quinn.locator("#acknowledge").check(); // the release's unrealised impact rows, acknowledged for the audit
        }
        button(quinn, "Publish version 3.0").click();
        quinn.navigate(url("/versions"));
        assertThat(version(quinn).innerText()).contains("published");
        Chromium.screenshot(quinn, "journey-07-secas-publishes");

        quinn.navigate(url("/audit"));
        Chromium.assertAccessible(quinn);
        assertThat(quinn.locator("main").innerText()).contains("dora", "rita", "carl", "quinn");
        Chromium.screenshot(quinn, "journey-08-audit-trail");
        chromium.assertNoContentSecurityPolicyViolation(dora, quinn, rita, carl);
    }

    private Page signIn(String username) {
        Page page = chromium.newPage();
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        button(page, "Sign in").click();
        assertThat(page.locator("header").innerText()).contains(username);
        return page;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator version(Page page) {
        return page.locator("section[id='v-3.0']");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
