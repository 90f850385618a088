package org.tadworkbench.planning;

import java.time.LocalDate;

/**
 * A milestone's window in Working Days ({@code workingDays} = Working Days after start up to and including end, as
 * the PID counts "12 March - 9 April" as 20), its minimum (null when none) and whether the window meets it, its
 * baseline end and slip in Working Days past that baseline (0 when no baseline; negative when early), its status
 * on the analysis date, how many Working Days it is overdue (after its end up to the analysis date; 0 unless
 * OVERDUE), the plan's slip threshold ({@code milestoneSlipDays}) and to whom it is escalated (null when not).
 */
public record MilestoneWindow(String id, String title, LocalDate start, LocalDate end, int workingDays,
                              Integer minWorkingDays, boolean meetsMinimum, LocalDate baselineEnd, int slipWorkingDays,
                              MilestoneState state, int overdueWorkingDays, int thresholdWorkingDays,
                              EscalationLevel escalation) {

    /**
     * The state in one sentence, the same in the CLI, the /plan page and the monthly report; an overdue milestone
     * says whether it is escalated and, when not, why not.
     */
    public String summary() {
        if (state == MilestoneState.OVERDUE) {
            return "overdue: due " + end + ", no completion recorded " + overdueWorkingDays + " Working Days later; "
                    + (escalation != null ? "escalated to " + escalation.label()
                    : "not escalated yet: within the threshold of " + thresholdWorkingDays + " Working Days");
        }
        return state.label() + (escalation == null ? "" : "; ends " + slipWorkingDays
                + " Working Days after its baseline: escalated to " + escalation.label());
    }
}
