package org.tadworkbench.planning.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.tadworkbench.calendar.WorkingDays;
import org.tadworkbench.plan.BudgetThresholds;
import org.tadworkbench.plan.Milestone;
import org.tadworkbench.planning.EscalationLevel;
import org.tadworkbench.planning.MilestoneState;
import org.tadworkbench.planning.MilestoneWindow;

/** Milestones on the analysis date: state, overdue Working Days and escalation, for {@link Analyser}. */
final class Milestones {

    private Milestones() {
    }

    /**
     * A milestone on {@code today}. It escalates to TABASC when it ends, or (overdue) is still not complete, more than
     * the slip threshold in Working Days after its baseline end (its planned end when it has no baseline): an overdue
     * milestone is taken to finish no earlier than today.
     */
    static MilestoneWindow window(Milestone milestone, List<String> deliveredBy, WorkingDays days, LocalDate today,
                                  BudgetThresholds thresholds, Set<String> completed, Set<String> started) {
        int length = days.between(milestone.start(), milestone.end());
        int slip = milestone.baselineEnd() == null ? 0 : days.between(milestone.baselineEnd(), milestone.end());
        boolean meets = milestone.minWorkingDays() == null || length >= milestone.minWorkingDays();
        MilestoneState state = state(milestone, deliveredBy, today, completed, started);
        boolean overdue = state == MilestoneState.OVERDUE;
        int overdueDays = overdue ? days.between(milestone.end(), today) : 0;
        LocalDate reference = milestone.baselineEnd() == null ? milestone.end() : milestone.baselineEnd();
        int late = overdue ? days.between(reference, today) : slip;
        EscalationLevel escalation = late > thresholds.milestoneSlipDays() ? EscalationLevel.TABASC : null;
        return new MilestoneWindow(milestone.id(), milestone.title(), milestone.start(), milestone.end(), length,
                milestone.minWorkingDays(), meets, milestone.baselineEnd(), slip, state, overdueDays,
                thresholds.milestoneSlipDays(), escalation);
    }

    static String reason(Milestone milestone, MilestoneWindow window) {
        String about = "milestone " + milestone.id() + " (" + milestone.title() + ")";
        if (window.state() == MilestoneState.OVERDUE) {
            return about + " is overdue: due " + milestone.end() + ", no completion recorded "
                    + window.overdueWorkingDays() + " Working Days later"
                    + (milestone.baselineEnd() == null || milestone.baselineEnd().equals(milestone.end()) ? ""
                            : " (baseline " + milestone.baselineEnd() + ")") + "; threshold "
                    + window.thresholdWorkingDays() + " Working Days";
        }
        return about + " ends " + window.slipWorkingDays() + " Working Days after its baseline "
                + milestone.baselineEnd() + " (threshold " + window.thresholdWorkingDays() + ")";
    }

    /** The state of a milestone delivered by {@code activities} (none: complete once its end has passed). */
    private static MilestoneState state(Milestone milestone, List<String> activities, LocalDate today,
                                        Set<String> completed, Set<String> started) {
        boolean complete = activities.isEmpty() ? today.isAfter(milestone.end()) : completed.containsAll(activities);
        if (complete) {
            return MilestoneState.COMPLETE;
        }
        if (today.isBefore(milestone.start()) && activities.stream().noneMatch(started::contains)) {
            return MilestoneState.NOT_STARTED;
        }
        return today.isAfter(milestone.end()) ? MilestoneState.OVERDUE : MilestoneState.IN_PROGRESS;
    }
}
