package org.tadworkbench.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.Assignment;
import org.tadworkbench.plan.Dependency;
import org.tadworkbench.plan.Lag;
import org.tadworkbench.plan.LinkType;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.plan.Resource;

/**
 * The PID's notions computed from a project manager's breakdown: effort and cost by resource from every assignment
 * at any depth, the critical path through links of each kind with their lag, and MS Project milestone tasks as
 * milestones with their state and escalation.
 */
class BreakdownAnalysisTests {

    private static final LocalDate MON = LocalDate.of(2026, 3, 2);

    private static Activity task(String id, String parent, LocalDate start, LocalDate end, List<Assignment> work,
                                 List<Dependency> links, boolean milestoneTask, Integer progress, LocalDate baselineEnd) {
        return new Activity(id, null, "Task " + id, work, start, end, null, links, progress,
                baselineEnd == null ? null : start, baselineEnd, parent, milestoneTask, null, null);
    }

    private static Plan plan(Activity... tasks) {
        return new Plan("GBP", List.of(new Resource("core", "SECAS Core", BigDecimal.valueOf(900)),
                new Resource("coe", "SECAS CoE", BigDecimal.valueOf(1200))), List.of(), List.of(tasks), List.of());
    }

    @Test
    void effortAndCostAddUpEveryAssignmentAtAnyDepth() {
        Plan plan = plan(
                task("P", null, MON, MON.plusDays(11), List.of(), List.of(), false, null, null),
                task("P.1", "P", MON, MON.plusDays(4), List.of(new Assignment("core", BigDecimal.valueOf(2)),
                        new Assignment("coe", BigDecimal.valueOf(3))), List.of(), false, null, null),
                task("P.2", "P", MON.plusDays(7), MON.plusDays(11), List.of(), List.of(), false, null, null),
                task("P.2.1", "P.2", MON.plusDays(7), MON.plusDays(11),
                        List.of(new Assignment("coe", BigDecimal.valueOf(1.5))), List.of(), false, null, null));

        PlanAnalysis analysis = PlanAnalysis.of(plan, RaidLog.empty(), MON);

        assertThat(analysis.totalEffort()).isEqualByComparingTo("6.5");
        assertThat(analysis.effortByResource()).containsEntry("SECAS Core", new BigDecimal("2"));
        assertThat(analysis.effortByResource().get("SECAS CoE")).isEqualByComparingTo("4.5");
        assertThat(analysis.cost()).isEqualByComparingTo("7200"); // 2 x 900 + 4.5 x 1200
        ActivityStatus deepest = analysis.activities().stream().filter(a -> a.id().equals("P.2.1")).findFirst().orElseThrow();
        assertThat(deepest.depth()).isEqualTo(2);
        assertThat(deepest.parent()).isEqualTo("P.2");
        assertThat(analysis.activities().stream().filter(ActivityStatus::summary).map(ActivityStatus::id))
                .containsExactly("P", "P.2");
    }

    @Test
    void theCriticalPathFollowsEachKindOfLinkWithItsLag() {
        // A: Mon..Fri (5 WD). B starts 2 WD after A starts and runs 5 WD: chain 2 + 5 = 7 (start-to-start, lag 2d).
        // C finishes with B, 1 WD after it (finish-to-finish, lag 1d): chain 8. D is short and unlinked.
        Plan plan = plan(
                task("A", null, MON, MON.plusDays(4), List.of(), List.of(), false, null, null),
                task("B", null, MON.plusDays(2), MON.plusDays(8), List.of(),
                        List.of(new Dependency("A", LinkType.SS, Lag.parse("2d"))), false, null, null),
                task("C", null, MON.plusDays(7), MON.plusDays(9), List.of(),
                        List.of(new Dependency("B", LinkType.FF, Lag.parse("1d"))), false, null, null),
                task("D", null, MON, MON.plusDays(1), List.of(), List.of(), false, null, null));

        CriticalPath path = PlanAnalysis.of(plan, RaidLog.empty(), MON).criticalPath();

        assertThat(path.activities()).containsExactly("A", "B", "C");
        assertThat(path.workingDays()).isEqualTo(8);
    }

    @Test
    void milestoneTasksAreMilestonesWithTheirStateAndEscalation() {
        LocalDate due = MON.plusDays(4);
        Plan plan = plan(
                task("Done", null, due, due, List.of(), List.of(), true, 100, due),
                task("Late", null, due, due, List.of(), List.of(), true, null, MON),
                task("Work", null, MON, due, List.of(), List.of(), false, null, null));

        PlanAnalysis analysis = PlanAnalysis.of(plan, RaidLog.empty(), due.plusWeeks(3));

        assertThat(analysis.milestones()).extracting(MilestoneWindow::id).containsExactly("Done", "Late");
        assertThat(analysis.milestones().get(0).state()).isEqualTo(MilestoneState.COMPLETE);
        assertThat(analysis.milestones().get(1).state()).isEqualTo(MilestoneState.OVERDUE);
        assertThat(analysis.escalations()).singleElement().satisfies(e -> {
            assertThat(e.milestone()).isEqualTo("Late");
            assertThat(e.level()).isEqualTo(EscalationLevel.TABASC);
        });
    }

    @Test
    void aPlanFromYearsTheCalendarDoesNotKnowCountsWeekdaysAndSaysSo() {
        LocalDate monday = LocalDate.of(2003, 1, 6);
        Plan plan = plan(task("Old", null, monday, monday.plusDays(11),
                List.of(new Assignment("core", BigDecimal.valueOf(2))), List.of(), false, null, null));

        PlanAnalysis analysis = PlanAnalysis.of(plan, RaidLog.empty(), monday);

        assertThat(analysis.activities().get(0).workingDays()).isEqualTo(10); // two weeks, Monday to Friday
        assertThat(PlanAnalysis.calendarNote(plan)).contains("2003").contains("Monday to Friday count as Working Days");
        assertThat(PlanAnalysis.calendarNote(plan(task("New", null, MON, MON, List.of(), List.of(), false, null, null))))
                .isNull();
    }
}
