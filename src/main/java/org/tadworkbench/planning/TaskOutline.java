package org.tadworkbench.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The analysed tasks as the work breakdown holds them: in outline order (each summary task followed by the tasks it
 * holds, in plan order), and, for a chart or a table that has room for only so many rows, {@link #fit collapsed}
 * to the deepest outline level at which they fit, each summary task then standing for everything it holds. A plan
 * too wide even at the top level shows its first top-level tasks and says how many more there are.
 * <p>
 * The tree is read from {@link ActivityStatus#parent()} and {@link ActivityStatus#depth()} (a task at depth 0 is
 * at the top, whatever its parent says, as {@link org.tadworkbench.plan.WorkBreakdown} decides for a parent that
 * names no task or a loop of parents).
 */
public final class TaskOutline {

    /**
     * One row as shown: the task, its window rolled up over what it holds (a summary task covers every task under
     * it), its work in Working Days (all it holds), its progress ({@link #progress}, null when none reported), how
     * many tasks under it are not shown ({@code hiddenTasks}: the row stands for them), and whether it is on the
     * critical path or holds a hidden task that is.
     */
    public record Row(ActivityStatus task, int depth, boolean summary, LocalDate start, LocalDate end, BigDecimal effort,
                      Integer progress, int hiddenTasks, boolean critical) {

        /** A task shown on its own, without the breakdown around it. */
        public static Row of(ActivityStatus task) {
            return new Row(task, 0, false, task.start(), task.end(), task.effort(), task.progress(), 0, task.critical());
        }

        public boolean collapsed() {
            return hiddenTasks > 0;
        }
    }

    /**
     * The rows that fit, out of {@code total} tasks: {@code collapsedTasks} tasks are held by the
     * {@code collapsedSummaries} summary rows standing for them, and {@code cutTasks} are not shown at all.
     */
    public record View(List<Row> rows, int total, int collapsedTasks, int collapsedSummaries, int cutTasks) {
        public View {
            rows = List.copyOf(rows);
        }

        public boolean complete() {
            return collapsedTasks == 0 && cutTasks == 0;
        }

        /** "180 tasks shown as their 12 summary tasks; full list on /plan", or "" when every task is shown. */
        public String note(String fullListAt) {
            return TaskOutline.note(collapsedTasks, collapsedSummaries, cutTasks, fullListAt);
        }
    }

    private final List<ActivityStatus> ordered = new ArrayList<>();
    private final List<Integer> depths = new ArrayList<>();
    /** How many tasks the task at each position holds, at any depth (they follow it in outline order). */
    private final List<Integer> held = new ArrayList<>();

    /** The analysed tasks, which the analysis lists in outline order with each task's depth. */
    private TaskOutline(List<ActivityStatus> tasks) {
        ordered.addAll(tasks);
        tasks.forEach(t -> depths.add(t.depth()));
        for (int i = 0; i < tasks.size(); i++) {
            int next = i + 1;
            while (next < tasks.size() && depths.get(next) > depths.get(i)) {
                next++;
            }
            held.add(next - i - 1);
        }
    }

    /** The outline of the analysed tasks, as {@link PlanAnalysis#activities()} lists them (in outline order). */
    public static TaskOutline of(List<ActivityStatus> tasks) {
        return new TaskOutline(tasks);
    }

    /** Every task in outline order. */
    public List<ActivityStatus> tasks() {
        return List.copyOf(ordered);
    }

    /** Whether any task holds others: without summary tasks the outline is the plan's flat list. */
    public boolean hasBreakdown() {
        return held.stream().anyMatch(n -> n > 0);
    }

    /** Every task, each as its own row, in outline order. */
    public View all() {
        return fit(Integer.MAX_VALUE);
    }

    /**
     * At most {@code maxRows} rows: the tasks down to the deepest outline level at which they fit, summary tasks at
     * that level standing for what they hold; when even the top level does not fit, its first {@code maxRows} tasks.
     */
    public View fit(int maxRows) {
        int limit = Math.max(1, maxRows);
        int level = depths.stream().mapToInt(Integer::intValue).max().orElse(0);
        while (level > 0 && visibleAt(level) > limit) {
            level--;
        }
        List<Row> rows = new ArrayList<>();
        int collapsedTasks = 0;
        int collapsedSummaries = 0;
        for (int i = 0; i < ordered.size() && rows.size() < limit; i++) {
            if (depths.get(i) > level) {
                continue;
            }
            Row row = row(i, depths.get(i) == level ? held.get(i) : 0);
            rows.add(row);
            if (row.collapsed()) {
                collapsedTasks += row.hiddenTasks();
                collapsedSummaries++;
            }
        }
        return new View(rows, ordered.size(), collapsedTasks, collapsedSummaries,
                ordered.size() - rows.size() - collapsedTasks);
    }

    private int visibleAt(int level) {
        return (int) depths.stream().filter(d -> d <= level).count();
    }

    private Row row(int at, int hidden) {
        ActivityStatus task = ordered.get(at);
        List<ActivityStatus> subtree = ordered.subList(at, at + 1 + held.get(at));
        LocalDate start = task.start();
        LocalDate end = task.end();
        BigDecimal effort = BigDecimal.ZERO;
        for (ActivityStatus t : subtree) {
            start = t.start() != null && (start == null || t.start().isBefore(start)) ? t.start() : start;
            end = t.end() != null && (end == null || t.end().isAfter(end)) ? t.end() : end;
            effort = effort.add(t.effort() == null ? BigDecimal.ZERO : t.effort());
        }
        boolean summary = held.get(at) > 0;
        List<ActivityStatus> leaves = new ArrayList<>();
        for (int i = at; i <= at + held.get(at); i++) {
            if (held.get(i) == 0) {
                leaves.add(ordered.get(i));
            }
        }
        boolean critical = task.critical()
                || hidden > 0 && subtree.subList(1, subtree.size()).stream().anyMatch(ActivityStatus::critical);
        return new Row(task, depths.get(at), summary, start, end, effort, progress(leaves), hidden, critical);
    }

    /**
     * The share done of the tasks that report progress, weighted by their work (tasks without work, such as a
     * consultation, count equally when none has work); null when none reports progress.
     */
    public static Integer progress(Collection<ActivityStatus> tasks) {
        BigDecimal effort = BigDecimal.ZERO;
        BigDecimal done = BigDecimal.ZERO;
        int reported = 0;
        int sum = 0;
        for (ActivityStatus a : tasks) {
            if (a.progress() != null) {
                reported++;
                sum += a.progress();
                effort = effort.add(a.effort());
                done = done.add(a.effort().multiply(BigDecimal.valueOf(a.progress())));
            }
        }
        if (reported == 0) {
            return null;
        }
        return (effort.signum() == 0
                ? BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(reported), 0, RoundingMode.HALF_UP)
                : done.divide(effort, 0, RoundingMode.HALF_UP)).intValue();
    }

    /**
     * What a chart or table that does not show every task says: "180 tasks shown as their 12 summary tasks; 40 more
     * tasks not shown; full list on /plan", or "" when every task is shown.
     */
    public static String note(int collapsedTasks, int collapsedSummaries, int cutTasks, String fullListAt) {
        List<String> parts = new ArrayList<>();
        if (collapsedTasks > 0) {
            parts.add(tasks(collapsedTasks) + " shown as their " + collapsedSummaries + " summary task"
                    + (collapsedSummaries == 1 ? "" : "s"));
        }
        if (cutTasks > 0) {
            parts.add(cutTasks + " more " + (cutTasks == 1 ? "task" : "tasks") + " not shown");
        }
        return parts.isEmpty() ? "" : String.join("; ", parts) + "; full list on " + fullListAt;
    }

    private static String tasks(int n) {
        return n + (n == 1 ? " task" : " tasks");
    }
}
