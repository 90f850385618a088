package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.Assignment;
import org.tadworkbench.plan.Constraint;
import org.tadworkbench.plan.ConstraintType;
import org.tadworkbench.plan.Dependency;
import org.tadworkbench.plan.Lag;
import org.tadworkbench.plan.LinkType;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.store.WorkspaceStore;
import org.tadworkbench.workspace.WorkspaceReader;

/**
 * The plan page's task list over a real work breakdown, stored as a project manager's MS Project plan would be:
 * summary tasks bold and followed by their tasks, indented; milestone tasks marked; links other than plain
 * finish-to-start with their kind and lag; constraints and notes; a long breakdown shown collapsed to its summary
 * tasks until the reader asks for all of it.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:planbreakdown;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=workspaces/sec-tad"})
@AutoConfigureMockMvc
class PlanBreakdownPageIntegrationTests {

    private static final Plan REFERENCE_PLAN = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace().plan();
    private static final LocalDate JUNE_3 = LocalDate.of(2019, 6, 3);

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkspaceStore store;

    private static Activity task(String id, String title, String parent, List<Dependency> links, boolean milestone,
                                 Constraint constraint, String notes) {
        List<Assignment> work = milestone || id.startsWith("S") ? List.of()
                : List.of(new Assignment("secas-core", BigDecimal.valueOf(5)));
        return new Activity(id, null, title, work, JUNE_3, milestone ? JUNE_3 : JUNE_3.plusDays(11), null, links, null,
                null, null, parent, milestone, constraint, notes);
    }

    private void store(List<Activity> activities) {
        // Tasks only: the reference plan's actuals would name tasks that are gone.
        store.changePlan("sec-tad", p -> REFERENCE_PLAN.withActuals(List.of()).withActivities(activities), "tester",
                "plan-edited", "test");
    }

    private String tasksOf(String url) throws Exception {
        String html = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int start = html.indexOf("<h2 id=\"tasks\">");
        return html.substring(start, html.indexOf("</table>", start));
    }

    @Test
    void summaryTasksComeFirstInBoldWithTheirTasksIndentedAndLinksConstraintsAndNotesShown() throws Exception {
        // In the plan's own order the children come before their summary task: the page shows outline order.
        store(List.of(
                task("T2", "Draft the response", "S1", List.of(), false,
                        new Constraint(ConstraintType.START_NO_EARLIER_THAN, JUNE_3), "Agreed with TABASC <b>early</b>"),
                task("T3", "Review the response", "S1", List.of(new Dependency("T2", LinkType.SS, Lag.parse("2d"))),
                        false, null, null),
                task("T4", "Response sent", "S1", List.of(Dependency.on("T3")), true, null, null),
                task("S1", "Consultation on the response", null, List.of(), false, null, null)));

        String tasks = tasksOf("/plan");

        assertThat(tasks).containsSubsequence("Consultation on the response", "Draft the response", "Review the response",
                "Response sent");
        assertThat(tasks).contains("<strong>Consultation on the response</strong>")
                .doesNotContain("<strong>Draft the response</strong>");
        assertThat(tasks).containsPattern("class=\"depth-0\">\\s*<strong>Consultation")
                .containsPattern("class=\"depth-1\"><span class=\"visually-hidden\">In Consultation on the response: </span>"
                        + "Draft the response");
        assertThat(tasks).containsPattern("Response sent<span\\s+class=\"task-kind\"><span aria-hidden=\"true\">◆ </span>milestone");
        assertThat(tasks).contains("<td>T2 SS +2d</td>", "<td>T3</td>", "<td>start no earlier than 2019-06-03</td>");
        assertThat(tasks).contains("<summary>Notes</summary><p>Agreed with TABASC &lt;b&gt;early&lt;/b&gt;</p>");
        // The summary task's effort is all it holds: two tasks of 5 Working Days.
        assertThat(tasks).containsPattern("(?s)<strong>Consultation on the response</strong>.*?<td class=\"num\">10</td>");
    }

    @Test
    void aLongBreakdownShowsItsSummaryTasksUntilTheReaderAsksForAll() throws Exception {
        List<Activity> activities = new ArrayList<>();
        for (int s = 1; s <= 7; s++) {
            activities.add(task("S" + s, "Stage " + s, null, List.of(), false, null, null));
            for (int t = 1; t <= 10; t++) {
                activities.add(task("S" + s + "-" + t, "Step " + t + " of stage " + s, "S" + s, List.of(), false, null, null));
            }
        }
        store(activities);

        String collapsed = tasksOf("/plan");
        assertThat(collapsed).contains("The plan has 77 tasks: 70 of them are shown as the 7 summary tasks that hold them.",
                "Stage 7", "holds 10 tasks").doesNotContain("Step 1 of stage 1");
        assertThat(collapsed).containsPattern("href=\"/plan\\?today=[0-9-]+&amp;expand=all#tasks\">Show all tasks</a>");

        String expanded = tasksOf("/plan?expand=all");
        assertThat(expanded).containsSubsequence("Stage 1", "Step 1 of stage 1", "Step 10 of stage 1", "Stage 2")
                .contains("Show the tasks collapsed to their summary tasks").doesNotContain("holds 10 tasks");
    }

    @Test
    void theReferencePlanIsFlatAndListedWhole() throws Exception {
        store(REFERENCE_PLAN.activities());

        String tasks = tasksOf("/plan");

        assertThat(tasks).containsSubsequence(REFERENCE_PLAN.activities().stream().map(Activity::title).toList())
                .doesNotContain("Show all tasks", "<strong>");
        assertThat(tasks).contains("<td>M1-core, M1-coe</td>");
    }
}
