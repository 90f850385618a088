package org.tadworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code tad plan} on the reference workspace: the PID's figures, the FY2019/20 line shown as the combined BAD+TAD
 * budget, and the FY2018/19 line whose amount the PID does not state reported as not assessable.
 */
class PlanCommandIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    @Test
    void textReportShowsTheSharedLineAndTheUnstatedAmount() {
        CliRun run = CliRun.of("plan", TestWorkspaces.REFERENCE.toString(), "--today", "2019-03-31");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Effort: 65 Working Days (SECAS Core 20, SECAS CoE 45)", "Cost: GBP 72000",
                "2018/19  planned 52200", "budget amount not stated",
                "cannot assess: amount not stated (the source says \u201cavailable unspent Project budget for this"
                        + " financial year\u201d)",
                "2019/20  planned 19800", "budget \u00a375,000 combined",
                "this project's forecast of \u00a319,800 is within the combined \u00a375,000 budget shared with the BAD"
                        + " SMETS1 update",
                "Escalations: none (cannot assess: amount not stated for FY 2018/19)");
        assertThat(run.out()).doesNotContain("remaining 55200");
    }

    @Test
    void beforeTheProjectTheForecastIsThePlan_andYearsLaterTheUnfinishedMilestonesEscalate() {
        CliRun before = CliRun.of("plan", TestWorkspaces.REFERENCE.toString(), "--today", "2018-01-01");
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.out()).contains("Actual to date: 0 days, GBP 0; forecast at completion GBP 72000; variance GBP 0",
                "M1  Impact review", "not started", "Escalations: none");

        CliRun later = CliRun.of("plan", TestWorkspaces.REFERENCE.toString(), "--today", "2026-12-02");
        assertThat(later.exitCode()).as(later.err()).isZero();
        assertThat(later.out()).contains("overdue: due 2019-04-09", "escalated to TABASC",
                "TABASC: milestone M3 (Consultation) is overdue: due 2019-04-09",
                "TABASC: milestone M7 (Go-live notification) is overdue: due 2019-05-31")
                .doesNotContain("Escalations: none");

        CliRun json = CliRun.of("plan", TestWorkspaces.REFERENCE.toString(), "--today", "2026-12-02", "--json");
        JsonNode doc = JSON.readTree(json.out());
        JsonNode m3 = doc.get("milestones").get(2);
        assertThat(m3.get("id").asString()).isEqualTo("M3");
        assertThat(m3.get("state").asString()).isEqualTo("overdue");
        assertThat(m3.get("escalation").asString()).isEqualTo("TABASC");
        assertThat(m3.get("overdueWorkingDays").asInt()).isPositive();
        assertThat(doc.get("escalations")).extracting(e -> e.get("milestone").asString())
                .containsExactly("M3", "M4", "M5", "M6", "M7");
        assertThat(doc.get("forecastAtCompletion").asInt()).isGreaterThanOrEqualTo(doc.get("actualCostToDate").asInt());
    }

    @Test
    void jsonGivesNullForTheUnstatedAmountAndNamesTheSharedLine() {
        CliRun run = CliRun.of("plan", TestWorkspaces.REFERENCE.toString(), "--today", "2019-03-31", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("totalEffort").asInt()).isEqualTo(65);
        assertThat(json.get("cost").asInt()).isEqualTo(72000);
        assertThat(json.get("costByFinancialYear").get("2018/19").asInt()).isEqualTo(52200);
        assertThat(json.get("costByFinancialYear").get("2019/20").asInt()).isEqualTo(19800);
        assertThat(json.get("budget").get("2018/19").isNull()).isTrue();
        assertThat(json.get("budget").get("2019/20").asInt()).isEqualTo(75000);
        assertThat(json.get("escalations").isEmpty()).isTrue();
        assertThat(json.get("budgetNotAssessed").toString()).isEqualTo("[\"2018/19\"]");

        JsonNode first = json.get("budgetStatus").get(0);
        assertThat(first.get("amountStated").asBoolean()).isFalse();
        assertThat(first.get("assessment").asString()).isEqualTo("cannot-assess");
        assertThat(first.get("remaining").isNull()).isTrue();
        assertThat(first.get("wording").asString()).isEqualTo("available unspent Project budget for this financial year");
        JsonNode next = json.get("budgetStatus").get(1);
        assertThat(next.get("sharedWith").asString()).isEqualTo("BAD SMETS1 update");
        assertThat(next.get("assessment").asString()).isEqualTo("within");
        assertThat(next.get("remaining").isNull()).as("not this project's own headroom").isTrue();
    }

    @Test
    void aPlanOverAnExactBudgetEscalatesButNotWithinARoundedOnesTolerance() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Path plan = ws.resolve("plan.yaml");
        // Before any work is reported, the forecast is the plan: FY2018/19 £52,200 and FY2019/20 £19,800.
        String text = Files.readString(plan).replaceAll("(?m)^    progress: \\d+\n", "");
        text = text.substring(0, text.indexOf("actuals:\n")) + text.substring(text.indexOf("thresholds:\n"));
        String budget = text.substring(text.indexOf("budget:\n"), text.indexOf("thresholds:\n"));
        // The PID's "approximately £52k" taken as an exact budget: the planned £52,200 is over it.
        Files.writeString(plan, text.replace(budget, """
                budget:
                  - financialYear: "2018/19"
                    amount: 52000
                  - financialYear: "2019/20"
                    amount: 20000
                """));
        CliRun exact = CliRun.of("plan", ws.toString(), "--today", "2019-01-02");
        assertThat(exact.out()).contains("Escalations:\n  TABASC: FY 2018/19 forecast \u00a352,200 is over 100% of the"
                + " \u00a352,000 budget (limit \u00a352,000)");

        Files.writeString(plan, text.replace(budget, """
                budget:
                  - financialYear: "2018/19"
                    amount: 52000
                    roundedTo: 1000
                  - financialYear: "2019/20"
                    amount: 20000
                    roundedTo: 1000
                """));
        CliRun rounded = CliRun.of("plan", ws.toString(), "--today", "2019-01-02");
        assertThat(rounded.exitCode()).as(rounded.err()).isZero();
        assertThat(rounded.out()).contains("Escalations: none\n", "within the \u00a352,000 (given to the nearest"
                + " \u00a31,000) budget");
    }
}
