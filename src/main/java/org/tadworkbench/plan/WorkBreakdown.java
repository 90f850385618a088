package org.tadworkbench.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outline of a plan's tasks: which are summary tasks, how deep each sits, and the tasks in outline order
 * (each summary task followed by what it holds, in the plan's order). A parent that names no task, or a loop of
 * parents, leaves the task at the top level (lint reports both).
 */
public final class WorkBreakdown {

    private final Map<String, Activity> byId = new LinkedHashMap<>();
    private final Map<String, List<Activity>> children = new HashMap<>();
    private final Map<String, Integer> depth = new HashMap<>();
    private final List<Activity> roots = new ArrayList<>();

    public WorkBreakdown(List<Activity> activities) {
        activities.forEach(a -> byId.putIfAbsent(a.id(), a));
        for (Activity a : byId.values()) {
            if (a.parent() != null && byId.containsKey(a.parent()) && !loops(a)) {
                children.computeIfAbsent(a.parent(), k -> new ArrayList<>()).add(a);
            } else {
                roots.add(a);
            }
        }
        for (Activity root : roots) {
            measure(root, 0);
        }
    }

    private boolean loops(Activity start) {
        String at = start.parent();
        for (int steps = 0; at != null && steps <= byId.size(); steps++) {
            if (at.equals(start.id())) {
                return true;
            }
            Activity next = byId.get(at);
            at = next == null ? null : next.parent();
        }
        return at != null;
    }

    private void measure(Activity task, int level) {
        depth.put(task.id(), level);
        for (Activity child : children.getOrDefault(task.id(), List.of())) {
            measure(child, level + 1);
        }
    }

    /** Whether other tasks name this one as their parent. */
    public boolean isSummary(String id) {
        return children.containsKey(id);
    }

    /** 0 for a top-level task. */
    public int depth(String id) {
        return depth.getOrDefault(id, 0);
    }

    public List<Activity> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** The top-level tasks, in the plan's order. */
    public List<Activity> roots() {
        return List.copyOf(roots);
    }

    /** The tasks that are no summary task. */
    public List<Activity> leaves() {
        return byId.values().stream().filter(a -> !isSummary(a.id())).toList();
    }

    /** Every task, each summary task followed by the tasks it holds. */
    public List<Activity> outline() {
        List<Activity> out = new ArrayList<>();
        roots.forEach(r -> walk(r, out));
        return out;
    }

    private void walk(Activity task, List<Activity> out) {
        out.add(task);
        children.getOrDefault(task.id(), List.of()).forEach(c -> walk(c, out));
    }

    /** The deepest level any task sits at (0 when the plan is flat). */
    public int maxDepth() {
        return depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
