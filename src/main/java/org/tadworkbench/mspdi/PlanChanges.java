package org.tadworkbench.mspdi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.ActualEffort;
import org.tadworkbench.plan.Milestone;
import org.tadworkbench.plan.PlainNumber;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.Resource;

/**
 * What an import would change in a plan: tasks, resources, PID milestones and recorded actuals added, changed and
 * removed, each named, and the alarms a project manager must see before anything is written (recorded actuals
 * removed, most of the plan removed).
 */
public record PlanChanges(List<Change> changes, List<String> alarms) {

    /** Whether an item is new, altered or gone. */
    public enum Kind {
        ADDED, CHANGED, REMOVED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One item that changes: what sort ("task", "resource", "milestone", "actual"), its id and name, and how. */
    public record Change(String item, Kind kind, String id, String name, List<String> details) {
        public Change {
            details = List.copyOf(details);
        }
    }

    public PlanChanges {
        changes = List.copyOf(changes);
        alarms = List.copyOf(alarms);
    }

    public static PlanChanges between(Plan before, Plan after) {
        List<Change> changes = new ArrayList<>();
        compare("task", before.activities(), after.activities(), Activity::id, Activity::title, PlanChanges::taskFields,
                changes);
        compare("resource", before.resources(), after.resources(), Resource::id, Resource::name,
                r -> fields("name", r.name(), "day rate", plain(r.dayRate()), "type", r.type(), "overtime rate",
                        plain(r.overtimeRate()), "cost per use", plain(r.costPerUse())), changes);
        compare("milestone", before.milestones(), after.milestones(), Milestone::id, Milestone::title,
                m -> fields("title", m.title(), "start", m.start(), "end", m.end(), "baseline start", m.baselineStart(),
                        "baseline end", m.baselineEnd()), changes);
        compare("actual", before.actuals(), after.actuals(), PlanChanges::actualKey,
                a -> plain(a.days()) + " WD", a -> fields("days", plain(a.days())), changes);
        return new PlanChanges(changes, alarms(before, after, changes));
    }

    private static List<String> alarms(Plan before, Plan after, List<Change> changes) {
        List<String> alarms = new ArrayList<>();
        List<Change> lostActuals = changes.stream().filter(c -> c.item().equals("actual") && c.kind() == Kind.REMOVED)
                .toList();
        if (!lostActuals.isEmpty()) {
            BigDecimal days = before.actuals().stream().filter(a -> lostActuals.stream()
                    .anyMatch(c -> c.id().equals(actualKey(a)))).map(ActualEffort::days)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            alarms.add("this import REMOVES " + lostActuals.size() + " recorded actual" + (lostActuals.size() == 1 ? "" : "s")
                    + " (" + plain(days) + " Working Days already spent, on " + String.join(", ", lostActuals.stream()
                    .map(c -> c.id().split(" ")[0]).distinct().limit(8).toList())
                    + (lostActuals.stream().map(c -> c.id().split(" ")[0]).distinct().count() > 8 ? ", ..." : "")
                    + "): the file does not hold the tasks they were booked to");
        }
        long removedTasks = changes.stream().filter(c -> c.item().equals("task") && c.kind() == Kind.REMOVED).count();
        int had = before.activities().size();
        if (had > 0 && removedTasks * 2 > had) {
            alarms.add("this import REMOVES " + removedTasks + " of the plan's " + had + " tasks"
                    + (after.activities().isEmpty() ? " and leaves none" : " and puts " + after.activities().size()
                    + " tasks from the file in their place") + ": it replaces most of the plan");
        }
        return alarms;
    }

    /** An actual's id in the changes: "M2-core in 2019-02", with the resource when the task has several. */
    private static String actualKey(ActualEffort a) {
        return a.activity() + (a.resource() == null ? "" : " (" + a.resource() + ")") + " in " + a.month();
    }

    private static Map<String, Object> taskFields(Activity a) {
        return fields("title", a.title(), "parent", a.parent(), "milestone", a.milestone(),
                "kind", a.milestoneTask() ? "milestone task" : null,
                "assignments", a.assignments().stream().map(x -> x.resource() + " " + plain(x.effort()) + " WD").toList(),
                "start", a.start(), "end", a.end(), "owner", a.owner(),
                "dependencies", a.dependencies().stream().map(d -> d.task() + (d.plain() ? "" : " " + d.type()
                        + (d.lag().isZero() ? "" : " " + d.lag()))).toList(),
                "constraint", a.constraint() == null ? null : a.constraint().type().code()
                        + (a.constraint().date() == null ? "" : " " + a.constraint().date()),
                "progress", a.progress(), "baseline start", a.baselineStart(), "baseline end", a.baselineEnd(),
                "notes", a.notes());
    }

    private static <T> void compare(String item, List<T> before, List<T> after, Function<T, String> id,
                                    Function<T, String> name, Function<T, Map<String, Object>> fields,
                                    List<Change> out) {
        Map<String, T> old = new LinkedHashMap<>();
        before.forEach(t -> old.putIfAbsent(id.apply(t), t));
        Map<String, T> now = new LinkedHashMap<>();
        after.forEach(t -> now.putIfAbsent(id.apply(t), t));
        for (T t : now.values()) {
            T was = old.get(id.apply(t));
            if (was == null) {
                out.add(new Change(item, Kind.ADDED, id.apply(t), name.apply(t), List.of()));
            } else {
                List<String> details = differences(fields.apply(was), fields.apply(t));
                if (!details.isEmpty()) {
                    out.add(new Change(item, Kind.CHANGED, id.apply(t), name.apply(t), details));
                }
            }
        }
        for (T t : old.values()) {
            if (!now.containsKey(id.apply(t))) {
                out.add(new Change(item, Kind.REMOVED, id.apply(t), name.apply(t), List.of()));
            }
        }
    }

    private static List<String> differences(Map<String, Object> was, Map<String, Object> now) {
        List<String> details = new ArrayList<>();
        now.forEach((field, value) -> {
            Object old = was.get(field);
            if (!Objects.equals(normal(old), normal(value))) {
                details.add(field + ": " + shown(old) + " \u2192 " + shown(value));
            }
        });
        return details;
    }

    private static Object normal(Object value) {
        return value instanceof List<?> list && list.isEmpty() ? null : value;
    }

    private static String shown(Object value) {
        Object v = normal(value);
        if (v == null) {
            return "(none)";
        }
        String text = v instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                : String.valueOf(v);
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String plain(BigDecimal value) {
        return PlainNumber.of(value);
    }

    /** How many items of a sort change in a way ("3 tasks added"). */
    public long count(String item, Kind kind) {
        return changes.stream().filter(c -> c.item().equals(item) && c.kind() == kind).count();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
