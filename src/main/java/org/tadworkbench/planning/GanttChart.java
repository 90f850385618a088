package org.tadworkbench.planning;

import java.time.LocalDate;
import org.tadworkbench.planning.internal.GanttSvg;

/**
 * The plan as a Gantt chart in SVG: a month grid, one row per task, a today line, a legend, and {@code <title>}
 * elements for screen readers. A plan with a work breakdown shows its tasks in outline order, labels indented by
 * depth: summary tasks as thin black bars with end ticks spanning what they hold ({@code g.summary}), milestone
 * tasks as diamonds on their date ({@code g.milestone-task}), leaf tasks as bars ({@code g.activity}) coloured by
 * their (first) resource, the part done darker, the baseline window as a thin bar under it when given. The PID
 * milestones are diamonds at their end date (class {@code milestone}): a flat plan shows each followed by its
 * activities, a plan with a breakdown shows them first. Tasks on the critical path are outlined red.
 * <p>
 * At most {@link #MAX_ROWS} rows: a larger breakdown is shown down to the deepest outline level that fits, each
 * summary task there standing for what it holds ({@code g.summary.collapsed}, its bar outlined red when it holds a
 * critical task); a plan too wide even so shows its first tasks. Either way a note under the chart (and the
 * {@code <desc>}) says how many tasks are not shown on their own and that the full list is on /plan.
 */
public final class GanttChart {

    /** The most rows a chart shows: about a page of the monthly report at a legible size. */
    public static final int MAX_ROWS = 60;

    private GanttChart() {
    }

    /** A standalone SVG document (UTF-8 text, no XML declaration). */
    public static String svg(PlanAnalysis analysis, LocalDate today) {
        return GanttSvg.render(analysis, today, MAX_ROWS);
    }
}
