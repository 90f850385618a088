package org.tadworkbench.planning;

import java.time.LocalDate;

/**
 * A milestone's window in Working Days ({@code workingDays} = Working Days after start up to and including end, as
 * the PID counts "12 March - 9 April" as 20), its minimum (null when none) and whether the window meets it, its
 * baseline end and slip in Working Days past that baseline (0 when no baseline; negative when early), and its status
 * on the analysis date.
 */
public record MilestoneWindow(String id, String title, LocalDate start, LocalDate end, int workingDays,
                              Integer minWorkingDays, boolean meetsMinimum, LocalDate baselineEnd, int slipWorkingDays,
                              MilestoneState state) {
}
