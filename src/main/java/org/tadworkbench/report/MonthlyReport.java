package org.tadworkbench.report;

import org.tadworkbench.publish.XmlText;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidIssue;
import org.tadworkbench.plan.Risk;
import org.tadworkbench.planning.ActivityStatus;
import org.tadworkbench.planning.BudgetStatus;
import org.tadworkbench.planning.Escalation;
import org.tadworkbench.planning.GanttChart;
import org.tadworkbench.planning.MilestoneState;
import org.tadworkbench.planning.MilestoneWindow;
import org.tadworkbench.planning.MonthFigures;
import org.tadworkbench.planning.PlanAnalysis;
import org.tadworkbench.planning.RiskHeatMap;
import org.tadworkbench.planning.TaskOutline;
import org.tadworkbench.workspace.Workspace;

/**
 * The monthly project report to TABASC (PID 6.3: "Reporting to the TABASC on a monthly basis", with risks and
 * mitigation, the issues log, and "budget actuals and forecasts"): progress per milestone at the month end, effort
 * and cost actual against plan, budget by SEC financial year with escalations, top risks and open issues with the
 * risk heat map, the Gantt chart with the critical path by task title, the work breakdown (every task in outline
 * order, collapsed to summary tasks past {@link #BREAKDOWN_ROWS} rows), and the decisions TABASC is asked for. The
 * figures are the colleague module's {@link PlanAnalysis} on the last day of the month; the same XHTML is written as
 * the HTML report and laid out as the PDF, with the workspace's classification marking in the header and footer of
 * every page.
 */
public final class MonthlyReport {

    /** How many open risks the report lists (all of them are on the heat map). */
    static final int TOP_RISKS = 5;
    /** How many rows the work breakdown lists before it collapses to summary tasks (about three pages). */
    static final int BREAKDOWN_ROWS = 100;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final Workspace ws;
    private final YearMonth month;
    private final PlanAnalysis analysis;
    private final String xhtml;

    private MonthlyReport(Workspace ws, YearMonth month, PlanAnalysis analysis) {
        this.ws = ws;
        this.month = month;
        this.analysis = analysis;
        this.xhtml = build();
    }

    /** The report for {@code month}, with the plan analysed on the month's last day. */
    public static MonthlyReport render(Workspace ws, YearMonth month) {
        return render(ws, month, PlanAnalysis.of(ws.plan(), ws.raid(), month.atEndOfMonth()));
    }

    /** The report for {@code month} from a given analysis (its {@code today} is the status date shown). */
    public static MonthlyReport render(Workspace ws, YearMonth month, PlanAnalysis analysis) {
        return new MonthlyReport(ws, month, analysis);
    }

    /** "tad-report-2019-03": the base name of the report files. */
    public static String baseName(YearMonth month) {
        return "tad-report-" + month;
    }

    /** "TAD SMETS1 update — monthly report to TABASC, March 2019". */
    public String title() {
        return "TAD SMETS1 update \u2014 monthly report to TABASC, " + month.format(MONTH);
    }

    /** "This document has a Classification of White", as the PID marks its pages. */
    public String marking() {
        String classification = ws.manifest() == null || ws.manifest().classification() == null
                ? "White" : ws.manifest().classification();
        return "This document has a Classification of " + classification;
    }

    /** The report as a standalone XHTML page (SVG figures inline). */
    public String html() {
        return xhtml;
    }

    /** The report as PDF (A4, bundled DejaVu fonts, SVG figures as vectors). */
    public byte[] pdf() {
        return ReportPdf.render(xhtml, title(), marking(), month.atEndOfMonth());
    }

    /** Writes {@code dir/tad-report-YYYY-MM.html} and {@code .pdf}, creating the folder; returns both paths. */
    public List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path html = dir.resolve(baseName(month) + ".html");
        Path pdf = dir.resolve(baseName(month) + ".pdf");
        Files.writeString(html, xhtml);
        Files.write(pdf, pdf());
        return List.of(html, pdf);
    }

    private String build() {
        StringBuilder x = new StringBuilder(64 * 1024);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>").append(esc(title())).append("</title>\n")
                .append("<meta name=\"subject\" content=\"").append(esc(marking())).append("\"/>\n")
                .append("<style>\n").append(ReportStyles.stylesheet(title(), marking())).append("</style>\n</head>\n<body>\n");
        x.append("<div class=\"marking screen-only\">").append(esc(marking())).append("</div>\n");
        x.append("<h1 class=\"report-title\">").append(esc(title())).append("</h1>\n")
                .append("<p class=\"meta\">Status at ").append(esc(LONG_DATE.format(analysis.today())))
                .append(" \u00b7 ").append(esc(ws.manifest() == null ? "" : ws.manifest().title()))
                .append(" \u00b7 prepared by SECAS for TABASC</p>\n");
        summary(x);
        milestones(x);
        effort(x);
        budget(x);
        risks(x);
        schedule(x);
        breakdown(x);
        decisions(x);
        x.append("<div class=\"marking screen-only\">").append(esc(marking())).append("</div>\n</body>\n</html>\n");
        return x.toString();
    }

    private void summary(StringBuilder x) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (MilestoneWindow m : analysis.milestones()) {
            counts.merge(m.state().label(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((label, n) -> parts.add(n + " " + label));
        x.append("<h2>Summary</h2>\n<p>Milestones: ").append(esc(parts.isEmpty() ? "none planned" : String.join(", ", parts)))
                .append(". Planned cost ").append(money(analysis.cost())).append(", actual to date ")
                .append(money(analysis.actualCostToDate())).append(", forecast at completion ")
                .append(money(analysis.forecastAtCompletion())).append(" (variance ").append(money(analysis.variance()))
                .append("). ").append(analysis.hasEscalations()
                        ? esc(analysis.escalations().size() + " escalation(s) need a decision (see Decisions needed).")
                        : "No escalation this month.").append(esc(notAssessed())).append("</p>\n");
    }

    private void milestones(StringBuilder x) {
        if (analysis.milestones().isEmpty()) {
            // Milestone tasks count as milestones, so this plan has neither those nor PID milestones.
            x.append("<h2>Milestone progress</h2>\n<p>The plan has no milestones: neither PID milestones nor milestone"
                    + " tasks.</p>\n");
            return;
        }
        x.append("<h2>Milestone progress</h2>\n<table class=\"milestones\">\n<thead><tr><th class=\"id\">Milestone</th><th class=\"title\">Title</th>"
                + "<th>Start</th><th>End</th><th class=\"num\">Working Days</th><th class=\"num\">Progress</th>"
                + "<th class=\"num\">Slip (WD)</th><th class=\"status\">Status</th></tr></thead>\n<tbody>\n");
        for (MilestoneWindow m : analysis.milestones()) {
            x.append("<tr><td>").append(esc(m.id())).append("</td><td>").append(esc(m.title())).append("</td><td class=\"date\">")
                    .append(esc(shortDate(m.start()))).append("</td><td class=\"date\">").append(esc(shortDate(m.end())))
                    .append("</td><td class=\"num\">").append(m.workingDays()).append("</td><td class=\"num\">")
                    .append(esc(progress(m))).append("</td><td class=\"num\">")
                    .append(m.baselineEnd() == null ? "\u2013" : String.valueOf(m.slipWorkingDays()))
                    .append("</td><td class=\"status ").append(m.state().code()).append("\">")
                    .append(esc(m.state().label() + (m.escalation() == null ? "" : ", escalated"))).append("</td></tr>\n");
        }
        x.append("</tbody>\n</table>\n<p class=\"note\">Status at ").append(esc(date(analysis.today())))
                .append(": complete when every activity of the milestone is (progress 100%, or all its planned days "
                        + "booked before the latest report); overdue when its window has ended without that, escalated "
                        + "to TABASC beyond the slip threshold.</p>\n");
        // The table cell is short for the page width; the sentence (the same as tad plan and /plan) follows it.
        List<MilestoneWindow> late = analysis.milestones().stream()
                .filter(m -> m.state() == MilestoneState.OVERDUE || m.escalation() != null)
                .toList();
        if (!late.isEmpty()) {
            x.append("<ul class=\"overdue\">\n");
            late.forEach(m -> x.append("<li>").append(esc(m.id() + " " + m.title() + ": " + m.summary())).append("</li>\n"));
            x.append("</ul>\n");
        }
    }

    private String progress(MilestoneWindow m) {
        Integer done = TaskOutline.progress(analysis.activities().stream().filter(a -> m.id().equals(a.milestone())).toList());
        return done == null ? "\u2013" : done + "%";
    }

    private void effort(StringBuilder x) {
        x.append("<h2>Effort and cost: actual against plan</h2>\n<table class=\"effort\">\n<thead><tr><th>Resource</th>"
                + "<th class=\"num\">Planned days</th><th class=\"num\">Planned cost</th><th class=\"num\">Actual days</th>"
                + "<th class=\"num\">Actual cost</th><th class=\"num\">Forecast days</th><th class=\"num\">Forecast cost</th>"
                + "</tr></thead>\n<tbody>\n");
        Map<String, BigDecimal[]> byResource = new LinkedHashMap<>();
        for (ActivityStatus a : analysis.activities()) {
            boolean unassigned = a.resourceName().isEmpty();
            if (unassigned && a.effort().signum() == 0 && a.actualDays().signum() == 0) {
                continue; // a summary task or milestone task: its work is on the tasks it holds
            }
            BigDecimal[] row = byResource.computeIfAbsent(unassigned ? "Unassigned" : a.resourceName(), k -> zeros(6));
            add(row, a.effort(), a.cost(), a.actualDays(), a.actualCost(), a.forecastDays(), a.forecastCost());
        }
        BigDecimal[] total = zeros(6);
        byResource.forEach((name, row) -> {
            effortRow(x, esc(name), row, false);
            add(total, row);
        });
        effortRow(x, "Total", total, true);
        x.append("</tbody>\n</table>\n");
        MonthFigures figures = analysis.months().stream().filter(f -> f.month().equals(month)).findFirst().orElse(null);
        if (figures != null) {
            x.append("<p>In ").append(esc(month.format(MONTH))).append(": planned ").append(esc(days(figures.plannedDays())))
                    .append(" days (").append(money(figures.plannedCost())).append("), actual ")
                    .append(esc(days(figures.actualDays()))).append(" days (").append(money(figures.actualCost())).append(").</p>\n");
        }
        if (ws.plan().actuals().isEmpty()) {
            x.append("<p class=\"note\">No actual effort has been booked in the plan yet; forecasts equal the plan.</p>\n");
        }
    }

    private void effortRow(StringBuilder x, String label, BigDecimal[] row, boolean total) {
        x.append(total ? "<tr class=\"total\"><th>" : "<tr><td>").append(label).append(total ? "</th>" : "</td>")
                .append("<td class=\"num\">").append(esc(days(row[0]))).append("</td><td class=\"num\">").append(money(row[1]))
                .append("</td><td class=\"num\">").append(esc(days(row[2]))).append("</td><td class=\"num\">").append(money(row[3]))
                .append("</td><td class=\"num\">").append(esc(days(row[4]))).append("</td><td class=\"num\">").append(money(row[5]))
                .append("</td></tr>\n");
    }

    private void budget(StringBuilder x) {
        x.append("<h2>Budget by financial year</h2>\n<table class=\"budget\">\n<thead><tr><th class=\"year\">Financial year</th>"
                + "<th class=\"num\">Budget</th><th class=\"num\">Planned</th><th class=\"num\">Actual to date</th>"
                + "<th class=\"num\">Forecast</th><th class=\"num\">Remaining</th><th class=\"num\">Forecast of budget</th>"
                + "</tr></thead>\n<tbody>\n");
        BigDecimal[] total = zeros(3);
        for (BudgetStatus b : analysis.budget()) {
            x.append("<tr><td>").append(esc(b.financialYear())).append("</td><td class=\"num\">")
                    .append(esc(b.budgetLabel(analysis.currency())))
                    .append("</td><td class=\"num\">").append(money(b.planned())).append("</td><td class=\"num\">")
                    .append(money(b.actualToDate())).append("</td><td class=\"num\">").append(money(b.forecast()))
                    .append("</td><td class=\"num").append(b.remaining() != null && b.remaining().signum() < 0 ? " over" : "")
                    .append("\">").append(money(b.remaining())).append("</td><td class=\"num\">")
                    .append(b.percentOfBudget() == null ? "\u2013" : esc(b.percentOfBudget().setScale(0, RoundingMode.HALF_UP) + "%"
                            + (b.shared() ? " of combined" : "")))
                    .append("</td></tr>\n");
            add(total, b.planned(), b.actualToDate(), b.forecast());
        }
        // Budgets are not totalled: an unstated amount or a combined cap shared with other work does not add up.
        x.append("<tr class=\"total\"><th>Total</th><td class=\"num\"></td>");
        for (BigDecimal v : total) {
            x.append("<td class=\"num\">").append(money(v)).append("</td>");
        }
        x.append("<td class=\"num\"></td><td class=\"num\"></td></tr>\n</tbody>\n</table>\n<ul class=\"assessment\">\n");
        for (BudgetStatus b : analysis.budget()) {
            x.append("<li>").append(esc(b.financialYear() + ": " + b.summary(analysis.currency()) + "."));
            if (b.line() != null && b.line().note() != null) {
                x.append(" <span class=\"note\">").append(esc(b.line().note())).append("</span>");
            }
            x.append("</li>\n");
        }
        x.append("</ul>\n");
        Plan plan = ws.plan();
        List<Escalation> budgetEscalations = analysis.escalations().stream().filter(e -> e.budgetLine() != null).toList();
        if (budgetEscalations.isEmpty()) {
            var t = plan.effectiveThresholds();
            x.append("<p>Escalations: none. No year's forecast exceeds ").append(t.tabascPercent())
                    .append("% of a stated budget amount (the TABASC threshold; to the SEC Panel and SECCo Board above ")
                    .append(t.panelPercent()).append("%); an amount given rounded is taken at the most it may stand for.")
                    .append(esc(notAssessed())).append("</p>\n");
        } else {
            x.append("<p>Escalations:</p>\n<ul>\n");
            for (Escalation e : budgetEscalations) {
                x.append("<li>").append(esc(e.budgetLine())).append(" \u2014 to ").append(esc(e.level().label())).append(": ")
                        .append(esc(e.reason())).append("</li>\n");
            }
            x.append("</ul>\n");
            if (!analysis.unassessedBudget().isEmpty()) {
                x.append("<p>").append(esc(notAssessed().strip())).append("</p>\n");
            }
        }
    }

    /** " Cannot assess FY 2018/19: amount not stated." or "" when every year's amount is stated. */
    private String notAssessed() {
        return analysis.unassessedBudget().isEmpty() ? ""
                : " Cannot assess FY " + String.join(", FY ", analysis.unassessedBudget()) + ": amount not stated.";
    }

    private void risks(StringBuilder x) {
        List<Risk> open = analysis.risks().stream().filter(Risk::isOpen)
                .sorted(Comparator.comparingInt(Risk::score).reversed().thenComparing(Risk::id)).toList();
        x.append("<h2>Top risks and issues</h2>\n<table class=\"risks\">\n<thead><tr><th class=\"id\">Risk</th><th class=\"title\">Title</th>"
                + "<th class=\"num\">L</th><th class=\"num\">I</th><th class=\"num\">Score</th><th>Trend</th><th class=\"owner\">Owner</th>"
                + "<th>Mitigation</th></tr></thead>\n<tbody>\n");
        for (Risk r : open.stream().limit(TOP_RISKS).toList()) {
            x.append("<tr><td>").append(esc(r.id())).append("</td><td>").append(esc(r.title())).append("</td><td class=\"num\">")
                    .append(r.likelihood()).append("</td><td class=\"num\">").append(r.impact()).append("</td><td class=\"num\">")
                    .append(r.score()).append("</td><td>").append(esc(r.trend() == null ? "\u2013" : r.trend().name().toLowerCase(Locale.ROOT)))
                    .append("</td><td>").append(esc(r.owner())).append("</td><td class=\"small\">")
                    .append(esc(r.mitigation() == null ? "" : r.mitigation())).append("</td></tr>\n");
        }
        if (open.isEmpty()) {
            x.append("<tr><td colspan=\"8\">No open risks.</td></tr>\n");
        }
        x.append("</tbody>\n</table>\n");
        if (open.size() > TOP_RISKS) {
            x.append("<p class=\"note\">").append(open.size() - TOP_RISKS).append(" further open risk(s) are on the heat map and in the RAID log.</p>\n");
        }
        x.append("<figure class=\"figure\" id=\"risk-heat-map\">\n")
                .append(ReportSvg.fitted(RiskHeatMap.svg(ws.raid()), "heat", 560, 440))
                .append("\n<figcaption>Risk heat map: open risks by likelihood and impact</figcaption>\n</figure>\n");
        List<RaidIssue> issues = ws.raid().issues().stream()
                .filter(i -> i.status() == null || !i.status().equalsIgnoreCase("closed")).toList();
        x.append("<h3>Open issues</h3>\n");
        if (issues.isEmpty()) {
            x.append("<p>No open issues.</p>\n");
        } else {
            x.append("<table class=\"issues\">\n<thead><tr><th>Issue</th><th>Title</th><th>Owner</th><th>Status</th><th>Raised</th>"
                    + "</tr></thead>\n<tbody>\n");
            for (RaidIssue i : issues) {
                x.append("<tr><td>").append(esc(i.id())).append("</td><td>").append(esc(i.title())).append("</td><td>")
                        .append(esc(i.owner() == null ? "" : i.owner())).append("</td><td>").append(esc(i.status()))
                        .append("</td><td class=\"date\">").append(esc(shortDate(i.raised()))).append("</td></tr>\n");
            }
            x.append("</tbody>\n</table>\n");
        }
    }

    private void schedule(StringBuilder x) {
        x.append("<h2 class=\"new-page\">Schedule</h2>\n<figure class=\"figure\" id=\"gantt\">\n")
                .append(ReportSvg.fitted(GanttChart.svg(analysis, analysis.today()), "gantt", 670, 820))
                .append("\n<figcaption>Gantt chart of the plan at ").append(esc(date(analysis.today())))
                .append(" (milestones as diamonds at their end date)</figcaption>\n</figure>\n");
        if (!analysis.criticalPath().activities().isEmpty()) {
            Map<String, String> titles = new LinkedHashMap<>();
            analysis.activities().forEach(a -> titles.putIfAbsent(a.id(), a.title()));
            x.append("<p>Critical path (").append(analysis.criticalPath().workingDays()).append(" Working Days): ")
                    .append(esc(String.join(" \u2192 ", analysis.criticalPath().activities().stream()
                            .map(id -> titles.containsKey(id) ? titles.get(id) + " (" + id + ")" : id).toList())))
                    .append(".</p>\n");
        }
    }

    /**
     * Every task in outline order, indented by depth, summary tasks bold with what they hold rolled up, milestone
     * tasks marked; past {@link #BREAKDOWN_ROWS} rows collapsed to summary tasks, with a note saying so.
     */
    private void breakdown(StringBuilder x) {
        TaskOutline.View view = TaskOutline.of(analysis.activities()).fit(BREAKDOWN_ROWS);
        x.append("<h2>Work breakdown</h2>\n");
        if (view.rows().isEmpty()) {
            x.append("<p>The plan has no tasks.</p>\n");
            return;
        }
        x.append("<table class=\"breakdown\">\n<thead><tr><th class=\"task\">Task</th><th>Start</th><th>End</th>"
                + "<th class=\"num\">Complete</th><th class=\"num\">Effort (WD)</th></tr></thead>\n<tbody>\n");
        for (TaskOutline.Row row : view.rows()) {
            ActivityStatus task = row.task();
            String kind = row.summary() ? "summary" : task.milestoneTask() ? "milestone-task" : "task";
            String name = esc(task.title()) + " <span class=\"id\">(" + esc(task.id()) + ")</span>";
            x.append("<tr class=\"").append(kind).append(row.critical() ? " critical" : "").append("\"><td style=\"padding-left: ")
                    .append(4 + 10 * Math.min(row.depth(), 8)).append("pt\">")
                    .append(row.summary() ? "<strong>" + name + "</strong>" : task.milestoneTask()
                            ? "<span class=\"mark\" title=\"milestone task\">\u25c6</span> " + name : name)
                    .append(row.collapsed() ? " <span class=\"held\">(" + row.hiddenTasks() + " tasks)</span>" : "")
                    .append("</td><td class=\"date\">").append(esc(shortDate(row.start())))
                    .append("</td><td class=\"date\">").append(esc(shortDate(row.end())))
                    .append("</td><td class=\"num\">").append(row.progress() == null ? "\u2013" : row.progress() + "%")
                    .append("</td><td class=\"num\">").append(esc(days(row.effort()))).append("</td></tr>\n");
        }
        x.append("</tbody>\n</table>\n");
        if (!view.complete()) {
            x.append("<p class=\"note\">").append(esc(view.note("the workbench page /plan") + "."))
                    .append("</p>\n");
        }
        if (view.rows().stream().anyMatch(TaskOutline.Row::critical)) {
            x.append("<p class=\"note\">Tasks in red are on the critical path")
                    .append(view.rows().stream().anyMatch(r -> r.critical() && r.collapsed())
                            ? "; a summary task in red holds one." : ".").append("</p>\n");
        }
    }

    private void decisions(StringBuilder x) {
        x.append("<h2>Decisions needed</h2>\n");
        if (analysis.escalations().isEmpty()) {
            x.append("<p>None this month.</p>\n");
            return;
        }
        x.append("<ol class=\"decisions\">\n");
        for (Escalation e : analysis.escalations()) {
            // A milestone's reason already names it ("milestone M3 (Consultation) is overdue ...").
            String about = e.budgetLine() != null ? "budget " + e.budgetLine() + ": " : e.milestone() != null ? "" : "plan: ";
            x.append("<li><strong>").append(esc(e.level().label())).append("</strong> \u2014 ").append(esc(about))
                    .append(esc(e.reason())).append("</li>\n");
        }
        x.append("</ol>\n");
    }

    private String money(BigDecimal amount) {
        if (amount == null) {
            return "\u2013";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMaximumFractionDigits(0);
        format.setMinimumFractionDigits(0);
        String symbol = "GBP".equals(analysis.currency()) ? "\u00a3" : analysis.currency() + " ";
        BigDecimal rounded = amount.setScale(0, RoundingMode.HALF_UP);
        return esc((rounded.signum() < 0 ? "\u2212" : "") + symbol + format.format(rounded.abs()));
    }

    private static String days(BigDecimal days) {
        if (days == null) {
            return "\u2013";
        }
        BigDecimal d = days.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    /** Dates in tables: "4 Jan 2019". */
    private static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] row = new BigDecimal[n];
        java.util.Arrays.fill(row, BigDecimal.ZERO);
        return row;
    }

    private static void add(BigDecimal[] row, BigDecimal... values) {
        for (int i = 0; i < row.length && i < values.length; i++) {
            row[i] = row[i].add(values[i] == null ? BigDecimal.ZERO : values[i]);
        }
    }

    static String esc(String text) {
        return XmlText.escape(text);
    }
}
