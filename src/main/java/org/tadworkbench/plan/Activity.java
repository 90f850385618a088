package org.tadworkbench.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One task of the work breakdown, as a project manager keeps it in MS Project: a summary task (some task names it
 * as {@code parent}), a leaf task, or a milestone task ({@code milestoneTask}, zero duration). Its work is booked
 * through {@code assignments} (Working Days per resource); {@code milestone} (may be null) is the PID milestone the
 * task delivers towards; {@code dependencies} link it to its predecessors; {@code progress} (0..100, null when not
 * reported) is the share done as of the latest report; {@code baselineStart}/{@code baselineEnd} the approved window
 * (both null when no baseline); {@code constraint} and {@code notes} may be null.
 */
public record Activity(String id, String milestone, String title, List<Assignment> assignments,
                       LocalDate start, LocalDate end, String owner, List<Dependency> dependencies,
                       Integer progress, LocalDate baselineStart, LocalDate baselineEnd,
                       String parent, boolean milestoneTask, Constraint constraint, String notes) {
    public Activity {
        assignments = List.copyOf(assignments);
        dependencies = List.copyOf(dependencies);
    }

    /** A task of one resource, with finish-to-start dependencies, progress and baseline. */
    public Activity(String id, String milestone, String title, String resource, BigDecimal effort,
                    LocalDate start, LocalDate end, String owner, List<String> dependsOn,
                    Integer progress, LocalDate baselineStart, LocalDate baselineEnd) {
        this(id, milestone, title, resource == null ? List.of() : List.of(new Assignment(resource, effort)), start, end,
                owner, dependsOn.stream().map(Dependency::on).toList(), progress, baselineStart, baselineEnd, null, false,
                null, null);
    }

    /** A task of one resource without progress or baseline. */
    public Activity(String id, String milestone, String title, String resource, BigDecimal effort,
                    LocalDate start, LocalDate end, String owner, List<String> dependsOn) {
        this(id, milestone, title, resource, effort, start, end, owner, dependsOn, null, null, null);
    }

    /** The resource of the first assignment, or null for a task nobody is assigned to. */
    public String resource() {
        return assignments.isEmpty() ? null : assignments.get(0).resource();
    }

    /** The task's planned work in Working Days: all its assignments together. */
    public BigDecimal effort() {
        return assignments.stream().map(Assignment::effort).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The ids of the predecessors, whatever the kind of link. */
    public List<String> dependsOn() {
        return dependencies.stream().map(Dependency::task).toList();
    }

    public Activity withProgress(Integer newProgress) {
        return new Activity(id, milestone, title, assignments, start, end, owner, dependencies, newProgress,
                baselineStart, baselineEnd, parent, milestoneTask, constraint, notes);
    }

    public Activity withWindow(LocalDate newStart, LocalDate newEnd) {
        return new Activity(id, milestone, title, assignments, newStart, newEnd, owner, dependencies, progress,
                baselineStart, baselineEnd, parent, milestoneTask, constraint, notes);
    }

    /** The same task with its (single) assignment's work changed; a task without assignment is returned as is. */
    public Activity withEffort(BigDecimal newEffort) {
        if (assignments.isEmpty()) {
            return this;
        }
        List<Assignment> changed = new java.util.ArrayList<>(assignments);
        changed.set(0, new Assignment(assignments.get(0).resource(), newEffort));
        return new Activity(id, milestone, title, changed, start, end, owner, dependencies, progress,
                baselineStart, baselineEnd, parent, milestoneTask, constraint, notes);
    }
}
