package org.tadworkbench.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.WorkspaceReader;

/**
 * A milestone whose window ended without recorded completion is overdue, and escalates to TABASC once it is more
 * than the plan's slip threshold late (PID 4.3); within the threshold the plan says why it does not escalate yet.
 * Progress is the latest report's, so a plan viewed as at an earlier date does not take work as already done.
 */
class MilestoneEscalationTests {

    private static final ReadResult READ = new WorkspaceReader().read(TestWorkspaces.REFERENCE);
    private static final Plan PLAN = READ.workspace().plan();
    private static final RaidLog RAID = READ.workspace().raid();

    private static Map<String, MilestoneWindow> milestones(PlanAnalysis analysis) {
        return analysis.milestones().stream().collect(Collectors.toMap(MilestoneWindow::id, Function.identity()));
    }

    @Test
    void yearsAfterTheProject_everyMilestoneWithoutRecordedCompletionIsOverdueAndEscalatedToTabasc() {
        PlanAnalysis analysis = PlanAnalysis.of(PLAN, RAID, LocalDate.of(2026, 12, 2));
        Map<String, MilestoneWindow> m = milestones(analysis);

        assertThat(m.get("M1").state()).isEqualTo(MilestoneState.COMPLETE);
        assertThat(m.get("M2").state()).isEqualTo(MilestoneState.COMPLETE);
        for (String id : List.of("M3", "M4", "M5", "M6", "M7")) {
            assertThat(m.get(id).state()).as(id).isEqualTo(MilestoneState.OVERDUE);
            assertThat(m.get(id).escalation()).as(id).isEqualTo(EscalationLevel.TABASC);
            assertThat(m.get(id).summary()).as(id).startsWith("overdue: due " + m.get(id).end())
                    .endsWith("escalated to TABASC");
        }
        assertThat(analysis.escalations()).extracting(Escalation::milestone)
                .containsExactly("M3", "M4", "M5", "M6", "M7");
        assertThat(analysis.escalations()).allSatisfy(e -> {
            assertThat(e.level()).isEqualTo(EscalationLevel.TABASC);
            assertThat(e.reason()).contains("is overdue: due", "no completion recorded", "threshold 5 Working Days");
        });
    }

    @Test
    void overdueWithinTheThreshold_isNotEscalatedAndSaysWhyNot() {
        // M3 ends Tuesday 9 April 2019; Friday 12 April is 3 Working Days later, the threshold is 5
        MilestoneWindow m3 = milestones(PlanAnalysis.of(PLAN, RAID, LocalDate.of(2019, 4, 12))).get("M3");
        assertThat(m3.state()).isEqualTo(MilestoneState.OVERDUE);
        assertThat(m3.overdueWorkingDays()).isEqualTo(3);
        assertThat(m3.escalation()).isNull();
        assertThat(m3.summary()).isEqualTo("overdue: due 2019-04-09, no completion recorded 3 Working Days later;"
                + " not escalated yet: within the threshold of 5 Working Days");
        // Wednesday 17 April is 6 Working Days later
        MilestoneWindow later = milestones(PlanAnalysis.of(PLAN, RAID, LocalDate.of(2019, 4, 17))).get("M3");
        assertThat(later.overdueWorkingDays()).isEqualTo(6);
        assertThat(later.escalation()).isEqualTo(EscalationLevel.TABASC);
    }

    @Test
    void recordingCompletion_endsTheEscalation() {
        Plan done = PLAN.withActivities(PLAN.activities().stream().map(a -> a.withProgress(100)).toList());
        PlanAnalysis analysis = PlanAnalysis.of(done, RAID, LocalDate.of(2026, 12, 2));
        assertThat(analysis.milestones()).allSatisfy(m -> assertThat(m.state()).isEqualTo(MilestoneState.COMPLETE));
        assertThat(analysis.escalations()).noneMatch(e -> e.milestone() != null);
    }

    @Test
    void beforeTheProjectStarts_nothingIsDoneLateOrSpent_andTheForecastIsThePlan() {
        PlanAnalysis analysis = PlanAnalysis.of(PLAN, RAID, LocalDate.of(2018, 1, 1));
        assertThat(analysis.milestones()).allSatisfy(m -> assertThat(m.state()).isEqualTo(MilestoneState.NOT_STARTED));
        assertThat(analysis.activities()).allSatisfy(a -> assertThat(a.progress()).as(a.id()).isNull());
        assertThat(analysis.actualCostToDate()).isEqualByComparingTo("0");
        assertThat(analysis.forecastAtCompletion()).isEqualByComparingTo("72000");
        assertThat(analysis.variance()).isEqualByComparingTo("0");
        assertThat(analysis.escalations()).isEmpty();
    }

    @Test
    void beforeTheLatestReport_progressDoesNotCount_butFullyBookedWorkIsDone() {
        // 15 February 2019: January and February are booked, the progress report is March's
        PlanAnalysis analysis = PlanAnalysis.of(PLAN, RAID, LocalDate.of(2019, 2, 15));
        Map<String, MilestoneWindow> m = milestones(analysis);
        assertThat(m.get("M1").state()).isEqualTo(MilestoneState.COMPLETE); // 4 and 10 days booked of 4 and 10
        assertThat(m.get("M2").state()).isEqualTo(MilestoneState.IN_PROGRESS);
        assertThat(analysis.activities()).allSatisfy(a -> assertThat(a.progress()).as(a.id()).isNull());
        // nothing is booked beyond its plan by then, so the forecast is the plan
        assertThat(analysis.forecastAtCompletion()).isEqualByComparingTo("72000");
        assertThat(analysis.forecastAtCompletion()).isGreaterThan(analysis.actualCostToDate());
    }
}
