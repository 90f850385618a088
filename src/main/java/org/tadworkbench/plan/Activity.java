package org.tadworkbench.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Planned work: effort in Working Days of one resource class in a date window; {@code milestone} may be null.
 * {@code progress} (0..100, null when not reported) is the share of the work done as of the latest report;
 * {@code baselineStart}/{@code baselineEnd} are the originally approved window (both null when no baseline).
 */
public record Activity(String id, String milestone, String title, String resource, BigDecimal effort,
                       LocalDate start, LocalDate end, String owner, List<String> dependsOn,
                       Integer progress, LocalDate baselineStart, LocalDate baselineEnd) {
    public Activity {
        dependsOn = List.copyOf(dependsOn);
    }

    /** An activity without progress or baseline. */
    public Activity(String id, String milestone, String title, String resource, BigDecimal effort,
                    LocalDate start, LocalDate end, String owner, List<String> dependsOn) {
        this(id, milestone, title, resource, effort, start, end, owner, dependsOn, null, null, null);
    }

    public Activity withProgress(Integer newProgress) {
        return new Activity(id, milestone, title, resource, effort, start, end, owner, dependsOn, newProgress,
                baselineStart, baselineEnd);
    }

    public Activity withWindow(LocalDate newStart, LocalDate newEnd) {
        return new Activity(id, milestone, title, resource, effort, newStart, newEnd, owner, dependsOn, progress,
                baselineStart, baselineEnd);
    }

    public Activity withEffort(BigDecimal newEffort) {
        return new Activity(id, milestone, title, resource, newEffort, start, end, owner, dependsOn, progress,
                baselineStart, baselineEnd);
    }
}
