package org.tadworkbench.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.ActualEffort;
import org.tadworkbench.plan.Milestone;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.WorkspaceReader;

/** The reference plan reproduces the PID's figures; overspend and slippage escalate. */
class PlanAnalysisTests {

    private static final LocalDate END_OF_MARCH = LocalDate.of(2019, 3, 31);
    private static final ReadResult READ = new WorkspaceReader().read(TestWorkspaces.REFERENCE);
    private static final Plan PLAN = READ.workspace().plan();
    private static final RaidLog RAID = READ.workspace().raid();

    private static PlanAnalysis analyse(Plan plan) {
        return PlanAnalysis.of(plan, RAID, END_OF_MARCH);
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    @Test
    void effortMatchesThePid() {
        PlanAnalysis analysis = analyse(PLAN);
        assertThat(analysis.totalEffort()).isEqualByComparingTo("65");
        assertThat(analysis.effortByResource()).containsOnlyKeys("SECAS Core", "SECAS CoE");
        assertThat(analysis.effortByResource().get("SECAS Core")).isEqualByComparingTo("20");
        assertThat(analysis.effortByResource().get("SECAS CoE")).isEqualByComparingTo("45");
    }

    @Test
    void costAndFinancialYearSplitMatchThePid() {
        PlanAnalysis analysis = analyse(PLAN);
        assertThat(analysis.cost()).isEqualByComparingTo("72000");
        assertThat(analysis.costByFinancialYear()).containsOnlyKeys("2018/19", "2019/20");
        assertThat(analysis.costByFinancialYear().get("2018/19")).isEqualByComparingTo("52200");
        assertThat(analysis.costByFinancialYear().get("2019/20")).isEqualByComparingTo("19800");
        BudgetStatus next = analysis.budget().stream().filter(b -> b.financialYear().equals("2019/20")).findFirst().orElseThrow();
        assertThat(next.budget()).isEqualByComparingTo("75000");
        assertThat(next.remaining()).isEqualByComparingTo(next.budget().subtract(next.forecast()));
    }

    @Test
    void referencePlanHasNoEscalation() {
        PlanAnalysis analysis = analyse(PLAN);
        assertThat(analysis.escalations()).isEmpty();
        assertThat(PlanAnalysis.of(PLAN, RAID, LocalDate.of(2026, 1, 1)).escalations()).isEmpty();
    }

    @Test
    void actualsToDateAndForecast() {
        PlanAnalysis analysis = analyse(PLAN);
        assertThat(analysis.actualDaysToDate()).isPositive();
        assertThat(analysis.actualCostToDate()).isPositive();
        assertThat(analysis.forecastAtCompletion()).isEqualByComparingTo(analysis.cost().subtract(analysis.variance()));
        assertThat(analysis.months()).anySatisfy(m -> {
            assertThat(m.month()).hasToString("2019-03");
            assertThat(m.actualCost()).isPositive();
        });
        // before any actual is booked the forecast is the plan
        PlanAnalysis early = PlanAnalysis.of(PLAN.withActuals(List.of()).withActivities(PLAN.activities().stream()
                .map(a -> a.withProgress(null)).toList()), RAID, LocalDate.of(2019, 1, 2));
        assertThat(early.forecastAtCompletion()).isEqualByComparingTo("72000");
        assertThat(early.variance()).isEqualByComparingTo("0");
    }

    @Test
    void raisingCoeActualsByThirtyPercentEscalatesNamingTheBudgetLine() {
        Map<String, String> resourceOf = PLAN.activities().stream()
                .collect(java.util.stream.Collectors.toMap(Activity::id, Activity::resource));
        List<ActualEffort> raised = PLAN.actuals().stream().map(a -> "secas-coe".equals(resourceOf.get(a.activity()))
                ? new ActualEffort(a.activity(), a.month(), a.days().multiply(bd("1.3"))) : a).toList();
        PlanAnalysis analysis = analyse(PLAN.withActuals(raised));
        assertThat(analysis.escalations()).isNotEmpty();
        assertThat(analysis.escalations()).anySatisfy(e -> {
            assertThat(e.budgetLine()).isEqualTo("2018/19");
            assertThat(e.level()).isEqualTo(EscalationLevel.PANEL_AND_BOARD);
            assertThat(e.reason()).contains("2018/19");
        });
    }

    @Test
    void defaultThresholdsEscalateToTabascFirst() {
        // with the default 90% threshold the reference FY2018/19 forecast (99% of its line) goes to TABASC only
        PlanAnalysis analysis = analyse(PLAN.withThresholds(null));
        assertThat(analysis.escalations()).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo(EscalationLevel.TABASC);
            assertThat(e.budgetLine()).isEqualTo("2018/19");
        });
    }

    @Test
    void milestoneSlipBeyondTheThresholdEscalates() {
        List<Milestone> slipped = PLAN.milestones().stream().map(m -> m.id().equals("M6")
                ? m.withWindow(LocalDate.of(2019, 6, 7), LocalDate.of(2019, 6, 7)) : m).toList();
        PlanAnalysis analysis = analyse(PLAN.withMilestones(slipped));
        assertThat(analysis.escalations()).anySatisfy(e -> {
            assertThat(e.milestone()).isEqualTo("M6");
            assertThat(e.level()).isEqualTo(EscalationLevel.TABASC);
        });
    }

    @Test
    void consultationWindowIsAtLeastTwentyWorkingDays() {
        MilestoneWindow m3 = analyse(PLAN).milestones().stream().filter(m -> m.id().equals("M3")).findFirst().orElseThrow();
        assertThat(m3.minWorkingDays()).isEqualTo(20);
        assertThat(m3.workingDays()).isGreaterThanOrEqualTo(20);
        assertThat(m3.meetsMinimum()).isTrue();
        List<Milestone> shortened = PLAN.milestones().stream().map(m -> m.id().equals("M3")
                ? m.withWindow(m.start(), LocalDate.of(2019, 4, 5)) : m).toList();
        MilestoneWindow short3 = analyse(PLAN.withMilestones(shortened)).milestones().stream()
                .filter(m -> m.id().equals("M3")).findFirst().orElseThrow();
        assertThat(short3.meetsMinimum()).isFalse();
    }

    @Test
    void criticalPathRunsThroughTheMilestones() {
        CriticalPath path = analyse(PLAN).criticalPath();
        assertThat(path.activities()).startsWith("M1-core").contains("M3-consultation").endsWith("M7-core");
        assertThat(path.activities()).doesNotContain("PM-1", "PM-2");
        assertThat(path.workingDays()).isPositive();
    }

    @Test
    void financialYears() {
        assertThat(PlanAnalysis.financialYear(LocalDate.of(2019, 3, 31))).isEqualTo("2018/19");
        assertThat(PlanAnalysis.financialYear(LocalDate.of(2019, 4, 1))).isEqualTo("2019/20");
        assertThat(PlanAnalysis.financialYear(LocalDate.of(2099, 4, 1))).isEqualTo("2099/00");
    }

    @Test
    void referenceWorkspaceReadsCleanly() {
        assertThat(READ.hasErrors()).isFalse();
        assertThat(PLAN.actuals()).isNotEmpty();
        assertThat(RAID.risks()).allSatisfy(r -> assertThat(r.trend()).isNotNull());
    }
}
