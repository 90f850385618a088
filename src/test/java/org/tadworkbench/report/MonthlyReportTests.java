package org.tadworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.planning.Escalation;
import org.tadworkbench.planning.MilestoneState;
import org.tadworkbench.planning.MilestoneWindow;
import org.tadworkbench.planning.PlanAnalysis;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceReader;

/** The March 2019 report on the reference workspace: what TABASC reads in the PDF, and the pictures in the HTML. */
class MonthlyReportTests {

    private static final YearMonth MARCH = YearMonth.of(2019, 3);
    private static Workspace ws;
    private static MonthlyReport report;
    private static String pdfText;
    private static int pages;

    @BeforeAll
    static void render() throws IOException {
        ws = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace();
        report = MonthlyReport.render(ws, MARCH);
        try (PDDocument pdf = Loader.loadPDF(report.pdf())) {
            pages = pdf.getNumberOfPages();
            pdfText = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void pdfHasTitleProgressBudgetAndRisks() {
        assertThat(pdfText).contains("TAD SMETS1 update \u2014 monthly report to TABASC, March 2019")
                .contains("Milestone").contains("Budget").contains("Risk").contains("2018/19").contains("2019/20")
                .contains("Decisions needed").contains("Impact review").contains("R1");
        assertThat(pdfText).containsAnyOf("complete", "in progress");
    }

    @Test
    void everyPageCarriesTheClassificationMarkingTwice() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(report.pdf())) {
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertThat(text.split("This document has a Classification of White", -1).length - 1)
                        .as("page " + page).isGreaterThanOrEqualTo(2);
                assertThat(text).contains("Page " + page + " of " + pages);
            }
        }
    }

    @Test
    void htmlHoldsTheHeatMapAndTheGanttChartAsInlineSvg() {
        String html = report.html();
        int heat = html.indexOf("id=\"risk-heat-map\"");
        int gantt = html.indexOf("id=\"gantt\"");
        assertThat(heat).isPositive();
        assertThat(gantt).isPositive();
        assertThat(html.indexOf("<svg", heat)).isGreaterThan(heat).isLessThan(html.indexOf("</figure>", heat));
        assertThat(html.indexOf("<svg", gantt)).isGreaterThan(gantt).isLessThan(html.indexOf("</figure>", gantt));
        assertThat(html.split("<svg", -1).length - 1).isGreaterThanOrEqualTo(2);
    }

    @Test
    void milestonesAreJudgedAtTheMonthEnd() {
        String html = report.html();
        // M1 (ended January) is complete; M5-M7 (May) have not started at 31 March 2019.
        assertThat(html).containsPattern("<td>M1</td>.*?<td class=\"status complete\">complete</td>");
        assertThat(html).containsPattern("<td>M7</td>.*?<td class=\"status not-started\">not started</td>");
        assertThat(html).containsPattern("<td>M3</td>.*?<td class=\"status (in-progress|late)\">");
    }

    @Test
    void aReportYearsAfterTheProject_saysWhatTadPlanSays_overdueAndEscalatedToTabasc() {
        MonthlyReport later = MonthlyReport.render(ws, YearMonth.of(2026, 11));
        PlanAnalysis analysis = PlanAnalysis.of(ws.plan(), ws.raid(), YearMonth.of(2026, 11).atEndOfMonth());
        String html = later.html();
        assertThat(html).containsPattern("<td>M3</td>.*?<td class=\"status overdue\">overdue, escalated</td>")
                .contains("5 overdue", "5 escalation(s) need a decision").doesNotContain("No escalation this month");
        for (MilestoneWindow m : analysis.milestones()) {
            if (m.state() == MilestoneState.OVERDUE) {
                assertThat(html).contains("<li>" + m.id() + " " + m.title() + ": " + m.summary() + "</li>");
            }
        }
        for (Escalation e : analysis.escalations()) {
            assertThat(html).contains("</strong> \u2014 " + e.reason() + "</li>");
        }
    }

    @Test
    void budgetTableHasBothFinancialYears() {
        String html = report.html();
        int table = html.indexOf("<table class=\"budget\">");
        String budget = html.substring(table, html.indexOf("</table>", table));
        assertThat(budget).contains("<td>2018/19</td>", "<td>2019/20</td>", "amount not stated", "\u00a375,000 combined",
                "\u00a352,200", "\u00a319,800", "26% of combined");
        assertThat(budget).doesNotContain("\u00a352,000").doesNotContain("\u00a355,200");
    }

    @Test
    void budgetSaysWhatCannotBeAssessedAndWhoseHeadroomItIsNot() {
        assertThat(pdfText).contains("2018/19: cannot assess: amount not stated (the source says \u201cavailable unspent"
                        + " Project budget for this financial year\u201d)",
                "2019/20: this project's forecast of \u00a319,800 is within the combined \u00a375,000 budget shared with"
                        + " the BAD SMETS1 update; the rest of that budget is not this project's own",
                "Escalations: none.", "Cannot assess FY 2018/19: amount not stated.");
    }

    @Test
    void writesHtmlAndPdfNamedByMonth(@TempDir Path dir) throws IOException {
        List<Path> files = report.write(dir.resolve("out"));

        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("tad-report-2019-03.html", "tad-report-2019-03.pdf");
        assertThat(Files.readString(files.get(0))).startsWith("<?xml");
        assertThat(Files.readAllBytes(files.get(1))).startsWith("%PDF".getBytes());
    }

    @Test
    void pdfIsTheSameForTheSameMonthAndPlan() {
        assertThat(java.util.Arrays.equals(MonthlyReport.render(ws, MARCH).pdf(), report.pdf())).isTrue();
    }

    @Test
    void svgIsScaledToFitWithAViewBox() {
        String fitted = ReportSvg.fitted("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"600\" "
                + "aria-labelledby=\"t\"><title id=\"t\">x</title><rect/></svg>", "fig", 600, 800);
        assertThat(fitted).startsWith("<svg").contains("width=\"600.0px\"").contains("height=\"300.0px\"")
                .contains("viewBox=\"0 0 1200.0 600.0\"").contains("id=\"fig-t\"").contains("aria-labelledby=\"fig-t\"");
    }

    @Test
    void commandLineWritesBothFilesForTheMonth(@TempDir Path dir) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = org.tadworkbench.cli.Main.run(new String[] {"plan", TestWorkspaces.REFERENCE.toString(), "--report",
                "--month", "2019-03", "--out", dir.toString()}, new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        assertThat(dir.resolve("tad-report-2019-03.html")).exists();
        assertThat(dir.resolve("tad-report-2019-03.pdf")).exists();
    }

    @Test
    void reportWithoutMonthIsAUsageError(@TempDir Path dir) {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = org.tadworkbench.cli.Main.run(new String[] {"plan", TestWorkspaces.REFERENCE.toString(), "--report",
                "--out", dir.toString()}, new java.io.PrintWriter(new java.io.StringWriter(), true), new java.io.PrintWriter(err, true));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--month");
    }
}
