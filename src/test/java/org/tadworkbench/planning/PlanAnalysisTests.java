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
import org.tadworkbench.plan.BudgetLine;
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

    private static BudgetStatus status(PlanAnalysis analysis, String year) {
        return analysis.budget().stream().filter(b -> b.financialYear().equals(year)).findFirst().orElseThrow();
    }

    private static Map<String, String> resources() {
        return PLAN.activities().stream().collect(java.util.stream.Collectors.toMap(Activity::id, Activity::resource));
    }

    /** The reference plan with FY2018/19 given as the project's own budget of {@code amount}, stated exactly. */
    private static Plan withOwnFy2018Budget(Plan plan, String amount) {
        return plan.withBudget(plan.budget().stream().map(b -> b.financialYear().equals("2018/19")
                ? new BudgetLine("2018/19", bd(amount), null) : b).toList());
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
    }

    @Test
    void theTadsFy2019Forecast_isWithinTheCombinedBadAndTadBudget_notCalledItsOwnHeadroom() {
        BudgetStatus next = status(analyse(PLAN), "2019/20");
        assertThat(next.budget()).isEqualByComparingTo("75000");
        assertThat(next.shared()).isTrue();
        assertThat(next.line().sharedWith()).isEqualTo("BAD SMETS1 update");
        assertThat(next.forecast()).isEqualByComparingTo("19800");
        assertThat(next.assessment()).isEqualTo(BudgetAssessment.WITHIN);
        assertThat(next.remaining()).as("what the TAD leaves of a combined budget is not its own").isNull();
        assertThat(next.summary("GBP")).isEqualTo("this project's forecast of £19,800 is within the combined £75,000"
                + " budget shared with the BAD SMETS1 update; the rest of that budget is not this project's own, and the"
                + " other share's spend is not in this plan");
    }

    @Test
    void theFy2018BudgetStatesNoAmount_soItCannotBeAssessedAndNoFigureIsMadeUp() {
        PlanAnalysis analysis = analyse(PLAN);
        BudgetStatus first = status(analysis, "2018/19");
        assertThat(first.budget()).isNull();
        assertThat(first.remaining()).isNull();
        assertThat(first.percentOfBudget()).isNull();
        assertThat(first.assessment()).isEqualTo(BudgetAssessment.CANNOT_ASSESS);
        assertThat(first.summary("GBP")).startsWith("cannot assess: amount not stated (the source says \u201cavailable"
                + " unspent Project budget for this financial year\u201d)");
        assertThat(analysis.unassessedBudget()).containsExactly("2018/19");
    }

    @Test
    void referencePlanHasNoEscalationAtItsLatestReport_andNoBudgetEscalationLater() {
        assertThat(analyse(PLAN).escalations()).isEmpty();
        assertThat(PlanAnalysis.of(PLAN, RAID, LocalDate.of(2026, 1, 1)).escalations())
                .allSatisfy(e -> assertThat(e.budgetLine()).isNull());
    }

    @Test
    void aLineWithoutAnAmountNeverEscalates_howeverLargeTheForecast() {
        Map<String, String> resourceOf = resources();
        List<ActualEffort> tenfold = PLAN.actuals().stream().map(a -> "secas-coe".equals(resourceOf.get(a.activity()))
                ? new ActualEffort(a.activity(), a.month(), a.days().multiply(bd("10"))) : a).toList();
        PlanAnalysis analysis = analyse(PLAN.withActuals(tenfold));
        assertThat(status(analysis, "2018/19").forecast()).isGreaterThan(bd("300000"));
        assertThat(analysis.escalations()).noneMatch(e -> "2018/19".equals(e.budgetLine()));
        assertThat(status(analysis, "2018/19").assessment()).isEqualTo(BudgetAssessment.CANNOT_ASSESS);
    }

    @Test
    void aSharedLineEscalatesWhenThisProjectAloneExceedsTheCombinedCap() {
        List<Activity> doubled = PLAN.activities().stream().map(a -> a.id().equals("PM-2") ? a.withEffort(bd("60")) : a)
                .toList();
        PlanAnalysis analysis = analyse(PLAN.withActivities(doubled));
        BudgetStatus next = status(analysis, "2019/20");
        assertThat(next.forecast()).isEqualByComparingTo("83400"); // 19,800 + 53 more CoE days at 1,200
        assertThat(next.assessment()).isEqualTo(BudgetAssessment.ESCALATED);
        assertThat(analysis.escalations()).singleElement().satisfies(e -> {
            assertThat(e.budgetLine()).isEqualTo("2019/20");
            assertThat(e.level()).isEqualTo(EscalationLevel.PANEL_AND_BOARD);
            assertThat(e.reason()).contains("(this project alone)").contains("combined £75,000 budget shared with the BAD");
        });
    }

    @Test
    void thePidsRoundedFiguresAsBudgets_doNotEscalateOnRounding_butExactOnesDo() {
        // £52,200 and £19,800 are what the PID writes as "approximately £52k" and "approximately £20k"
        Plan planOnly = PLAN.withActuals(List.of()).withActivities(PLAN.activities().stream()
                .map(a -> a.withProgress(null)).toList());
        Plan rounded = planOnly.withBudget(List.of(
                new BudgetLine("2018/19", bd("52000"), bd("1000"), null, "approximately £52k", null),
                new BudgetLine("2019/20", bd("20000"), bd("1000"), null, "approximately £20k", null)));
        PlanAnalysis early = PlanAnalysis.of(rounded, RAID, LocalDate.of(2019, 1, 2));
        assertThat(status(early, "2018/19").forecast()).isEqualByComparingTo("52200");
        assertThat(early.escalations()).isEmpty();

        Plan exact = planOnly.withBudget(List.of(new BudgetLine("2018/19", bd("52000"), null),
                new BudgetLine("2019/20", bd("20000"), null)));
        assertThat(PlanAnalysis.of(exact, RAID, LocalDate.of(2019, 1, 2)).escalations()).singleElement()
                .satisfies(e -> assertThat(e.budgetLine()).isEqualTo("2018/19"));
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
        Map<String, String> resourceOf = resources();
        List<ActualEffort> raised = PLAN.actuals().stream().map(a -> "secas-coe".equals(resourceOf.get(a.activity()))
                ? new ActualEffort(a.activity(), a.month(), a.days().multiply(bd("1.3"))) : a).toList();
        PlanAnalysis analysis = analyse(withOwnFy2018Budget(PLAN.withActuals(raised), "52000"));
        assertThat(analysis.escalations()).isNotEmpty();
        assertThat(analysis.escalations()).anySatisfy(e -> {
            assertThat(e.budgetLine()).isEqualTo("2018/19");
            assertThat(e.level()).isEqualTo(EscalationLevel.PANEL_AND_BOARD);
            assertThat(e.reason()).contains("2018/19");
        });
    }

    @Test
    void defaultThresholdsEscalateToTabascFirst() {
        // with the default 90% threshold a FY2018/19 forecast of £51,600 against an own £52,000 line goes to TABASC only
        PlanAnalysis analysis = analyse(withOwnFy2018Budget(PLAN, "52000").withThresholds(null));
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
