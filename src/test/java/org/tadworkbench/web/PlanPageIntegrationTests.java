package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The project-control page over the reference workspace, as at the end of March 2019 (its latest actuals). */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:plantest;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=workspaces/sec-tad"})
@AutoConfigureMockMvc
class PlanPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void planPageShowsHeadlineBudgetMilestonesAndCharts() throws Exception {
        String html = mvc.perform(get("/plan")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"/plan\" aria-current=\"page\">Plan</a>", "31 March 2019",
                "latest month with actuals", "65 Working Days", "£72,000", "2018/19", "2019/20", "No escalation",
                "<h2 id=\"milestones\">", "<h2 id=\"critical-path\">", "<h2 id=\"risks\">",
                "src=\"/plan/gantt.svg?today=2019-03-31\"", "src=\"/plan/heatmap.svg\"",
                "src=\"/plan/burn-effort.svg?today=2019-03-31\"", "src=\"/plan/burn-budget.svg?today=2019-03-31\"");
        assertThat(html).containsPattern("alt=\"Budget burn chart: [^\"]+\"");
        String other = mvc.perform(get("/plan?today=2019-02-28")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(other).contains("28 February 2019", "src=\"/plan/gantt.svg?today=2019-02-28\"")
                .doesNotContain("latest month with actuals");
        mvc.perform(get("/plan?today=yesterday")).andExpect(status().isBadRequest());
    }

    @Test
    void beforeTheProjectTheForecastIsThePlan() throws Exception {
        String html = mvc.perform(get("/plan?today=2018-01-01")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String headline = html.substring(html.indexOf("<h2 id=\"headline\">"), html.indexOf("<h2 id=\"escalations\">"));
        assertThat(headline).containsPattern("<dt>Forecast at completion</dt>\\s*<dd>£72,000</dd>")
                .containsPattern("<dt>Actual to date</dt>\\s*<dd>£0 ")
                .doesNotContain("£19,800");
        assertThat(milestoneTable(html)).contains("not started").doesNotContain("overdue", "complete");
        assertThat(html).contains("No escalation");
    }

    @Test
    void todayTheMilestonesLeftUnfinishedInTheRecordAreOverdueAndEscalated() throws Exception {
        String html = mvc.perform(get("/plan?today=" + LocalDate.now())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).doesNotContain("No escalation").contains("Show the plan as at")
                .doesNotContain(">Show as at today</a>");
        String escalations = html.substring(html.indexOf("<h2 id=\"escalations\">"), html.indexOf("<h2 id=\"budget\">"));
        for (String id : new String[] {"M3", "M4", "M5", "M6", "M7"}) {
            assertThat(escalations).contains("(milestone " + id + ")");
        }
        assertThat(escalations).contains("To TABASC:", "milestone M3 (Consultation) is overdue: due 2019-04-09");
        assertThat(milestoneTable(html)).contains("overdue: due 2019-04-09", "escalated to TABASC");
        // the default page (the latest report) offers the way to today
        assertThat(mvc.perform(get("/plan")).andReturn().getResponse().getContentAsString())
                .contains("href=\"/plan?today=" + LocalDate.now() + "\">Show as at today</a>");
    }

    private static String milestoneTable(String html) {
        int start = html.indexOf("<h2 id=\"milestones\">");
        return html.substring(start, html.indexOf("</table>", start));
    }

    @Test
    void budgetShowsTheCombinedBadAndTadLineAndTheYearThatCannotBeAssessed() throws Exception {
        String html = mvc.perform(get("/plan")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int table = html.indexOf("<h2 id=\"budget\">");
        String budget = html.substring(table, html.indexOf("</table>", table));

        assertThat(budget).contains("amount not stated", "cannot assess: amount not stated (the source says \u201cavailable"
                + " unspent Project budget for this financial year\u201d)", "£75,000 combined", "26.4% of combined",
                "is within the combined £75,000 budget shared with the BAD SMETS1 update");
        assertThat(budget).doesNotContain("£55,200").doesNotContain("£52,000");
        assertThat(html).contains("wherever they can be assessed",
                "Cannot assess: amount not stated for FY 2018/19, so no escalation can be computed for it.");
    }

    @Test
    void everyChartIsSafeSvg() throws Exception {
        for (String url : new String[] {"/plan/gantt.svg?today=2019-03-31", "/plan/heatmap.svg", "/plan/burn-effort.svg",
                "/plan/burn-budget.svg?today=2019-03-31"}) {
            MockHttpServletResponse response = mvc.perform(get(url)).andExpect(status().isOk())
                    .andExpect(header().string("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andReturn().getResponse();
            assertThat(MediaType.parseMediaType(response.getContentType())
                    .isCompatibleWith(MediaType.valueOf("image/svg+xml"))).as(url).isTrue();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            assertThat(factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()))
                    .getDocumentElement().getLocalName()).as(url).isEqualTo("svg");
        }
    }
}
