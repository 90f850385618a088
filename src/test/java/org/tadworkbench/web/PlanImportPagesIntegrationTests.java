package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.review.AuditEntry;
import org.tadworkbench.store.GovernanceStore;
import org.tadworkbench.store.WorkspaceStore;
import org.tadworkbench.workspace.WorkspaceReader;

/**
 * A project manager brings the plan in from MS Project in the browser: the upload is a dry run that shows the alarms,
 * the counts and every change and stores nothing; "Apply this import" stores the plan, audited. Others may not, a
 * hostile or broken file is refused with the form again, and a plan changed between the dry run and the apply gets a
 * new dry run instead of a blind overwrite. Each test starts from the reference workspace's plan.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:planimport;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=workspaces/sec-tad"})
@AutoConfigureMockMvc
class PlanImportPagesIntegrationTests {

    private static final String WS = "sec-tad";
    private static final Plan REFERENCE_PLAN = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace().plan();
    private static final RequestPostProcessor PM = SignedIn.as("pat", AccountRole.PROJECT_MANAGER);
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkspaceStore store;
    @Autowired
    GovernanceStore governance;

    @BeforeEach
    void startFromTheReferencePlan() {
        store.changePlan(WS, stored -> REFERENCE_PLAN, "tester", "plan-reset", "reference");
    }

    private Plan storedPlan() {
        return store.load(WS).orElseThrow().plan();
    }

    private static MockMultipartFile upload(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "application/xml", bytes);
    }

    private String dryRun(byte[] bytes) throws Exception {
        return mvc.perform(multipart("/plan/import").file(upload("consultation.xml", bytes)).with(PM).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("the dry run offers to apply").isTrue();
        return m.group(1);
    }

    private static String section(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return html.substring(from, html.indexOf(end, from));
    }

    @Test
    void theDryRunShowsAlarmsAndEveryChangeAndStoresNothingThenApplyStoresThePlanInOutlineOrder() throws Exception {
        int trail = governance.auditTrail(WS).size();

        String dryRun = dryRun(MsProjectFile.consultation());

        String alarms = section(dryRun, "role=\"alert\"", "</div>");
        assertThat(alarms).contains("REMOVES 11 recorded actuals", "46.5 Working Days already spent",
                "it replaces most of the plan");
        String changes = section(dryRun, "<h2 id=\"every-change\">", "</table>");
        for (String task : List.of(MsProjectFile.SUMMARY, MsProjectFile.DRAFT, MsProjectFile.REVIEW, MsProjectFile.MILESTONE)) {
            assertThat(changes).containsPattern("<td>added</td>\\s*<td>task</td>\\s*<th scope=\"row\">[^<]+</th>\\s*<td>"
                    + task + "</td>");
        }
        assertThat(changes).containsPattern("<td>removed</td>\\s*<td>task</td>\\s*<th scope=\"row\">M1-core</th>");
        assertThat(section(dryRun, "<h2 id=\"counts\">", "</table>"))
                .containsPattern("<th scope=\"row\">Tasks</th>\\s*<td class=\"num\">4</td>\\s*"
                        + "<td class=\"num\">0</td>\\s*<td class=\"num\">12</td>")
                .containsPattern("<th scope=\"row\">Recorded actuals</th>\\s*<td class=\"num\">0</td>\\s*"
                        + "<td class=\"num\">0</td>\\s*<td class=\"num\">11</td>");
        assertThat(section(dryRun, "<h2 id=\"not-kept\">", "</main>")).contains(MsProjectFile.MILESTONE,
                "deadline 2019-06-21 not kept");
        assertThat(dryRun).contains("Apply this import", "Dry run: nothing has been stored")
                .contains("consultation.xml holds 4 tasks, 1 resource, 2 assignments, 2 dependencies and 0 recorded actuals.");
        assertThat(storedPlan()).isEqualTo(REFERENCE_PLAN);
        assertThat(governance.auditTrail(WS)).hasSize(trail);

        mvc.perform(post("/plan/import/apply").param("token", token(dryRun)).with(PM).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/plan#tasks"));

        Plan stored = storedPlan();
        assertThat(stored.activities()).extracting(Activity::title).contains(MsProjectFile.DRAFT, MsProjectFile.REVIEW);
        assertThat(stored.actuals()).isEmpty();
        List<AuditEntry> entries = governance.auditTrail(WS);
        assertThat(entries.subList(trail, entries.size())).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("pat");
            assertThat(e.action()).isEqualTo("plan-imported");
            assertThat(e.subjectId()).isEqualTo("consultation.xml");
        });
        String tasks = section(mvc.perform(get("/plan")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(), "<h2 id=\"tasks\">", "</table>");
        assertThat(tasks).containsSubsequence("<strong>" + MsProjectFile.SUMMARY + "</strong>", MsProjectFile.DRAFT,
                MsProjectFile.REVIEW, MsProjectFile.MILESTONE).doesNotContain("Coordinate the impact review");
        assertThat(tasks).containsPattern("class=\"depth-1\"><span class=\"visually-hidden\">In " + MsProjectFile.SUMMARY
                + ": </span>" + MsProjectFile.REVIEW).containsPattern("<td>[^<]+ SS \\+2d</td>").contains("milestone</span>");

        assertThat(mvc.perform(get("/audit").param("kind", "plan").with(PM)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("plan-imported", "consultation.xml");

        // The same file again: nothing to change, so nothing to apply.
        assertThat(dryRun(MsProjectFile.consultation())).contains("No change to the plan")
                .doesNotContain("Apply this import", "role=\"alert\"");
    }

    @Test
    void aPlanChangedBetweenTheDryRunAndTheApplyGetsANewDryRunInsteadOfBeingOverwritten() throws Exception {
        String dryRun = dryRun(MsProjectFile.consultation());
        assertThat(dryRun).contains(">M7-core<");
        Plan meanwhile = REFERENCE_PLAN.withActivities(REFERENCE_PLAN.activities().stream()
                .filter(a -> !a.id().equals("M7-core")).toList());
        store.changePlan(WS, stored -> meanwhile, "someone", "plan-edited", "by hand");

        String again = mvc.perform(post("/plan/import/apply").param("token", token(dryRun)).with(PM).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(again).contains("The plan changed since your dry run", "Apply this import").doesNotContain(">M7-core<");
        assertThat(storedPlan()).isEqualTo(meanwhile);

        mvc.perform(post("/plan/import/apply").param("token", token(again)).with(PM).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(storedPlan().activities()).extracting(Activity::title).contains(MsProjectFile.DRAFT);
        // Applied once: the kept file is gone.
        mvc.perform(post("/plan/import/apply").param("token", token(again)).with(PM).with(csrf()))
                .andExpect(status().isGone());
    }

    @Test
    void aFileWithADoctypeIsRefusedWithTheFormAgainAndNothingIsStored() throws Exception {
        int trail = governance.auditTrail(WS).size();
        byte[] hostile = ("<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<Project xmlns=\"http://schemas.microsoft.com/project\"><Name>&e;</Name></Project>")
                .getBytes(StandardCharsets.UTF_8);

        String html = mvc.perform(multipart("/plan/import").file(upload("evil.xml", hostile)).with(PM).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(section(html, "role=\"alert\"", "</div>")).contains("The plan was not changed", "evil.xml");
        assertThat(html).contains("<title>Error: Plan", "id=\"import-file\"").doesNotContain("root:", "Apply this import");
        assertThat(storedPlan()).isEqualTo(REFERENCE_PLAN);
        assertThat(governance.auditTrail(WS)).hasSize(trail);
    }

    @Test
    void aFileWhosePlanWouldFailTheWorkspaceChecksIsRefusedWithTheErrors() throws Exception {
        String html = mvc.perform(multipart("/plan/import").file(upload("loop.xml", MsProjectFile.loop())).with(PM)
                .with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(section(html, "role=\"alert\"", "</div>")).contains("loop.xml: the plan it gives would not pass the "
                + "workspace checks").containsPattern("depends on [^<]+, which depends on it in turn");
        assertThat(storedPlan()).isEqualTo(REFERENCE_PLAN);
    }

    @Test
    void aFileThatIsNoProjectOrNoFileAtAllIsRefused() throws Exception {
        String html = mvc.perform(multipart("/plan/import").file(upload("notes.xml", "just some notes".getBytes(
                StandardCharsets.UTF_8))).with(PM).with(csrf())).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(section(html, "role=\"alert\"", "</div>")).contains("notes.xml");

        mvc.perform(multipart("/plan/import").with(PM).with(csrf())).andExpect(status().isBadRequest());
        assertThat(storedPlan()).isEqualTo(REFERENCE_PLAN);
    }

    @Test
    void onlyAProjectManagerOrAnAdministratorSeesTheFormAndMayImport() throws Exception {
        RequestPostProcessor drafter = SignedIn.drafter();
        assertThat(page(drafter)).doesNotContain("Import from MS Project");
        assertThat(mvc.perform(get("/plan")).andReturn().getResponse().getContentAsString())
                .doesNotContain("Import from MS Project");
        assertThat(page(PM)).contains("Import from MS Project (.xml or .mpp)", "enctype=\"multipart/form-data\"",
                "name=\"_csrf\"");
        assertThat(page(SignedIn.as("ada", AccountRole.ADMINISTRATOR))).contains("Import from MS Project");

        mvc.perform(multipart("/plan/import").file(upload("consultation.xml", MsProjectFile.consultation()))
                .with(drafter).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/plan/import/apply").param("token", "anything").with(drafter).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/plan/import").file(upload("consultation.xml", MsProjectFile.consultation()))
                .with(PM)).andExpect(status().isForbidden()); // no CSRF token
        assertThat(storedPlan()).isEqualTo(REFERENCE_PLAN);
    }

    @Test
    void anotherUsersDryRunCannotBeApplied() throws Exception {
        String token = token(dryRun(MsProjectFile.consultation()));

        mvc.perform(post("/plan/import/apply").param("token", token)
                .with(SignedIn.as("ada", AccountRole.ADMINISTRATOR)).with(csrf())).andExpect(status().isGone());

        assertThat(storedPlan()).isEqualTo(REFERENCE_PLAN);
    }

    private String page(RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/plan").with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
