package org.tadworkbench.plan;

import java.time.LocalDate;

/**
 * A project milestone with its date window (start = end for a single day). {@code minWorkingDays} (may be null) is
 * the shortest the window may be, counted as Working Days after {@code start} up to and including {@code end}
 * (the PID's "12 March - 9 April is 20 Working Days"); {@code baselineStart}/{@code baselineEnd} are the approved
 * window that slippage is measured against (null when not given).
 */
public record Milestone(String id, String title, LocalDate start, LocalDate end, String description,
                        Integer minWorkingDays, LocalDate baselineStart, LocalDate baselineEnd) {

    /** A milestone without a minimum window or baseline. */
    public Milestone(String id, String title, LocalDate start, LocalDate end, String description) {
        this(id, title, start, end, description, null, null, null);
    }

    public Milestone withWindow(LocalDate newStart, LocalDate newEnd) {
        return new Milestone(id, title, newStart, newEnd, description, minWorkingDays, baselineStart, baselineEnd);
    }
}
