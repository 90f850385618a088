package org.tadworkbench.planning;

import java.util.Locale;

/**
 * Where a milestone stands on the analysis date. COMPLETE: every activity of the milestone is complete on that date
 * (see {@link PlanAnalysis} for when an activity counts as complete; a milestone without activities: its end has
 * passed). IN_PROGRESS: started (today inside the window, or progress or actuals recorded) and not past its end.
 * NOT_STARTED: the window is in the future and nothing is recorded. OVERDUE: the window has ended without recorded
 * completion.
 */
public enum MilestoneState {
    NOT_STARTED, IN_PROGRESS, COMPLETE, OVERDUE;

    /** How every output writes it: "not started", "overdue". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** As JSON and CSS write it: "not-started". */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
