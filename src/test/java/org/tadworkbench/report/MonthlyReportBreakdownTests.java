package org.tadworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.planning.GanttPlans;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceReader;

/**
 * The monthly report of a plan imported from MS Project: its work breakdown in outline order (summary tasks bold
 * with what they hold rolled up, milestone tasks marked), collapsed past the size limit with a note; the critical
 * path by task title.
 */
class MonthlyReportBreakdownTests {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);
    private static final Workspace REFERENCE = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace();

    /** The reference workspace (its manifest and marking) holding another plan and no RAID log. */
    private static Workspace with(Plan plan) {
        Workspace ws = REFERENCE;
        return new Workspace(ws.manifest(), ws.sections(), ws.glossary(), ws.references(), ws.specs(), ws.releases(),
                plan, RaidLog.empty(), ws.model(), ws.traces(), ws.snapshots(), ws.governance(), ws.pictures());
    }

    private static String breakdownTable(String html) {
        int table = html.indexOf("<table class=\"breakdown\">");
        assertThat(table).as("work breakdown table").isPositive();
        return html.substring(table, html.indexOf("</table>", table));
    }

    /** The table's rows: kind, left padding, and the task cell's text without tags. */
    private static java.util.List<String[]> rows(String table) {
        Matcher m = Pattern.compile("<tr class=\"([^\"]*)\"><td style=\"padding-left: (\\d+)pt\">(.*?)</td>(.*?)</tr>")
                .matcher(table);
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        while (m.find()) {
            rows.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4)});
        }
        return rows;
    }

    @Test
    void listsEveryTaskInOutlineOrder_indented_summariesBoldWithRolledUpFigures_milestoneTasksMarked() {
        String table = breakdownTable(MonthlyReport.render(with(GanttPlans.threeLevels()), MARCH).html());
        java.util.List<String[]> rows = rows(table);

        assertThat(rows).extracting(r -> r[2].replaceAll(".*\\((\\S+)\\)</span>.*", "$1"))
                .containsExactlyElementsOf(GanttPlans.THREE_LEVEL_OUTLINE);
        assertThat(rows).extracting(r -> r[1]).containsExactly("4", "14", "24", "24", "14", "4", "14", "14");
        // Design: bold, escaped, from Interview users' start to Architecture's end, 3 + 2 + 5 days; Requirements 80%
        // done (3 days done, 2 days half done); Architecture reports nothing.
        assertThat(rows.get(0)[2]).startsWith("<strong>Design &amp; &lt;review&gt;");
        assertThat(rows.get(0)[3]).contains("6 Jan 2025", "28 Feb 2025", ">10<");
        assertThat(rows.get(1)[3]).contains(">80%<", ">5<");
        assertThat(rows.get(4)[0]).startsWith("task");
        assertThat(rows.get(4)[3]).contains(">\u2013<", ">5<");
        assertThat(rows.get(7)[0]).startsWith("milestone-task");
        assertThat(rows.get(7)[2]).contains("\u25c6").contains("Build complete");
        assertThat(table).doesNotContain("tasks shown as their");
    }

    @Test
    void summaryTasksAddNoEmptyRowToTheEffortTable_andMilestoneTasksStandForPidMilestones() {
        String html = MonthlyReport.render(with(GanttPlans.threeLevels()), MARCH).html();
        int table = html.indexOf("<table class=\"effort\">");
        String effort = html.substring(table, html.indexOf("</table>", table));

        assertThat(effort).doesNotContain("<tr><td></td>").contains("<tr><td>Alice Analyst</td>", "<tr><td>Bob Builder</td>")
                .contains("\u00a36,700");
        // The project manager's milestone task is the plan's milestone when no PID milestone is named.
        int milestones = html.indexOf("<table class=\"milestones\">");
        assertThat(milestones).isPositive();
        assertThat(html.substring(milestones, html.indexOf("</table>", milestones))).contains("Build complete");
    }

    @Test
    void criticalPathIsListedByTitleWithTheIdInBrackets() {
        String html = MonthlyReport.render(with(GanttPlans.threeLevels()), MARCH).html();

        assertThat(html).contains("Interview users (A1.1.1) \u2192 Write use cases (A1.1.2) \u2192 Architecture (A1.2)"
                + " \u2192 Code the parser (B1.1) \u2192 Build complete (B1.2).");
    }

    @Test
    void theReferenceReportNamesItsCriticalPathByTitleToo() {
        String html = MonthlyReport.render(REFERENCE, YearMonth.of(2019, 3)).html();

        assertThat(html).containsPattern("Critical path \\(\\d+ Working Days\\): Coordinate the impact review of the "
                + "baselined documents \\(M1-core\\) \u2192 ");
        assertThat(rows(breakdownTable(html))).hasSize(REFERENCE.plan().activities().size());
    }

    @Test
    void aBreakdownPastTheLimitIsCollapsedToItsSummaryTasksWithANote() throws IOException {
        MonthlyReport report = MonthlyReport.render(with(GanttPlans.twoLevels(10, 19)), MARCH);
        String table = breakdownTable(report.html());

        assertThat(rows(table)).hasSize(10).allSatisfy(r -> assertThat(r[2]).contains("(19 tasks)"));
        assertThat(report.html()).contains("<p class=\"note\">190 tasks shown as their 10 summary tasks; full list on the "
                + "workbench page /plan.</p>");
        try (PDDocument pdf = Loader.loadPDF(report.pdf())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Work breakdown", "Stage 10 (S10)", "190 tasks shown as their 10 summary tasks");
        }
    }
}
