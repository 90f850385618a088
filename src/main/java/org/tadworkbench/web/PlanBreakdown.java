package org.tadworkbench.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.Dependency;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.WorkBreakdown;
import org.tadworkbench.planning.ActivityStatus;

/**
 * The plan's whole work breakdown as the plan page lists it: every task in outline order, each summary task followed
 * by what it holds. A breakdown of more than {@link #COLLAPSE_OVER} tasks is shown collapsed unless asked for in
 * full: its top-level tasks and every summary task, each saying how many tasks it holds, so the page stays readable
 * and works without script (the page links to {@code ?expand=all}).
 *
 * @param rows  the rows shown
 * @param total how many tasks the plan has
 */
record PlanBreakdown(List<Row> rows, int total, boolean collapsed) {

    static final int COLLAPSE_OVER = 60;

    /**
     * One task: its analysis, the names of its predecessors with link type and lag as MS Project shows them (plain
     * finish-to-start links by id alone), its constraint in words, its notes, its effort (for a summary task, its own
     * and all it holds) and, for a summary task, how many tasks it holds and the title of its parent (null at the top).
     */
    record Row(ActivityStatus task, List<String> predecessors, String constraint, String notes, BigDecimal effort,
               int holds, String parentTitle) {
        /** The indent class, capped where deeper levels would push the title off narrow screens. */
        public String depthClass() {
            return "depth-" + Math.min(task.depth(), 6);
        }
    }

    /** Whether the breakdown is long enough to be shown collapsed (the page offers to switch). */
    public boolean collapsible() {
        return total > COLLAPSE_OVER;
    }

    static PlanBreakdown of(Plan plan, List<ActivityStatus> statuses, boolean expandAll) {
        WorkBreakdown breakdown = new WorkBreakdown(plan.activities());
        Map<String, ActivityStatus> byId = statuses.stream()
                .collect(Collectors.toMap(ActivityStatus::id, Function.identity(), (a, b) -> a));
        Map<String, Activity> activities = plan.activities().stream()
                .collect(Collectors.toMap(Activity::id, Function.identity(), (a, b) -> a));
        List<Activity> outline = breakdown.outline();
        boolean collapsed = !expandAll && outline.size() > COLLAPSE_OVER;
        List<Row> rows = new ArrayList<>();
        for (Activity a : outline) {
            ActivityStatus status = byId.get(a.id());
            boolean summary = breakdown.isSummary(a.id());
            if (status == null || collapsed && !summary && status.depth() > 0) {
                continue;
            }
            List<Activity> held = held(breakdown, a.id());
            BigDecimal effort = held.stream().map(Activity::effort).reduce(a.effort(), BigDecimal::add);
            Activity parent = a.parent() == null ? null : activities.get(a.parent());
            rows.add(new Row(status, a.dependencies().stream().map(PlanBreakdown::link).toList(), constraint(a),
                    a.notes(), effort, held.size(), parent == null || status.depth() == 0 ? null : parent.title()));
        }
        return new PlanBreakdown(rows, outline.size(), collapsed);
    }

    /** Every task under {@code id}, at any depth. */
    private static List<Activity> held(WorkBreakdown breakdown, String id) {
        List<Activity> out = new ArrayList<>();
        for (Activity child : breakdown.children(id)) {
            out.add(child);
            out.addAll(held(breakdown, child.id()));
        }
        return out;
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
