package org.tadworkbench.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.Dependency;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.planning.ActivityStatus;
import org.tadworkbench.planning.TaskOutline;

/**
 * The plan's whole work breakdown as the plan page lists it, in outline order ({@link TaskOutline}: each summary
 * task followed by what it holds, its window, work and progress rolled up over them). A breakdown of more than
 * {@link #COLLAPSE_OVER} tasks is shown collapsed, as the Gantt chart collapses it, to the deepest outline level at
 * which it fits, each summary task there standing for what it holds, until the reader asks for every task
 * ({@code ?expand=all}): a plain link, so it works without script.
 *
 * @param rows the rows shown
 * @param view what the outline shows of the plan: how many tasks in all, how many collapsed or cut
 */
record PlanBreakdown(List<Row> rows, TaskOutline.View view) {

    static final int COLLAPSE_OVER = 60;

    /**
     * One row: the task as the outline shows it, its predecessors with link type and lag as MS Project writes them
     * (plain finish-to-start links by id alone), its constraint in words, its notes, and the title of the summary
     * task it sits in (null at the top: a screen reader hears where an indented task belongs).
     */
    record Row(TaskOutline.Row shown, List<String> predecessors, String constraint, String notes, String parentTitle) {
        public ActivityStatus task() {
            return shown.task();
        }

        /** The indent class, capped where deeper levels would push the title off narrow screens. */
        public String depthClass() {
            return "depth-" + Math.min(shown.depth(), 6);
        }
    }

    static PlanBreakdown of(Plan plan, List<ActivityStatus> statuses, boolean expandAll) {
        Map<String, Activity> activities = plan.activities().stream()
                .collect(Collectors.toMap(Activity::id, Function.identity(), (a, b) -> a));
        TaskOutline outline = TaskOutline.of(statuses);
        TaskOutline.View view = expandAll ? outline.all() : outline.fit(COLLAPSE_OVER);
        List<Row> rows = view.rows().stream().map(shown -> {
            Activity a = activities.get(shown.task().id());
            Activity parent = shown.depth() == 0 || a == null || a.parent() == null ? null : activities.get(a.parent());
            return new Row(shown, a == null ? List.of() : a.dependencies().stream().map(PlanBreakdown::link).toList(),
                    a == null ? null : constraint(a), a == null ? null : a.notes(), parent == null ? null : parent.title());
        }).toList();
        return new PlanBreakdown(rows, view);
    }

    /** Whether the list leaves tasks out (collapsed into their summary tasks, or cut), so the page offers them all. */
    public boolean collapsed() {
        return !view.complete();
    }

    /** Whether the breakdown is long enough to be shown collapsed, so the page offers to collapse it again. */
    public boolean collapsible() {
        return view.total() > COLLAPSE_OVER;
    }

    /** "T2", "T2 SS", "T2 SS +2d", "T2 FS -1d": MS Project's way of writing a link, with our task ids. */
    static String link(Dependency d) {
        if (d.plain()) {
            return d.task();
        }
        String lag = d.lag().isZero() ? "" : (d.lag().amount().signum() > 0 ? " +" : " ") + d.lag();
        return d.task() + " " + d.type() + lag;
    }

    /** "start no earlier than 2019-06-03"; null when the task has none. */
    private static String constraint(Activity a) {
        if (a.constraint() == null) {
            return null;
        }
        String words = a.constraint().type().code().replace('-', ' ').toLowerCase(Locale.ROOT);
        return a.constraint().date() == null ? words : words + " " + a.constraint().date();
    }
}
