package org.tadworkbench.planning;

/**
 * Where a milestone stands on the analysis date. COMPLETE: every activity of the milestone reports 100% progress
 * (a milestone without activities: its end has passed). IN_PROGRESS: started (today inside the window or some
 * progress reported). NOT_STARTED: the window is in the future. OVERDUE: the window has ended without completion.
 */
public enum MilestoneState {
    NOT_STARTED, IN_PROGRESS, COMPLETE, OVERDUE
}
