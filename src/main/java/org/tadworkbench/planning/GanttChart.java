package org.tadworkbench.planning;

import java.time.LocalDate;
import org.tadworkbench.planning.internal.GanttSvg;

/**
 * The plan as a Gantt chart in SVG: a month grid, one bar per activity coloured by resource (the part done by
 * progress darker; the baseline window as a thin bar under it when given), milestones as diamonds at their end
 * date (class {@code milestone}), a today line, labels, and {@code <title>} elements for screen readers.
 */
public final class GanttChart {

    private GanttChart() {
    }

    /** A standalone SVG document (UTF-8 text, no XML declaration). */
    public static String svg(PlanAnalysis analysis, LocalDate today) {
        return GanttSvg.render(analysis, today);
    }
}
