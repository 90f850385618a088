package org.tadworkbench.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.tadworkbench.calendar.WorkingDays;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.ActualEffort;
import org.tadworkbench.plan.BudgetLine;
import org.tadworkbench.plan.BudgetThresholds;
import org.tadworkbench.plan.CalendarDay;
import org.tadworkbench.plan.Milestone;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidEntry;
import org.tadworkbench.plan.RaidIssue;
import org.tadworkbench.plan.Resource;
import org.tadworkbench.plan.Risk;
import org.tadworkbench.plan.RiskChange;
import org.tadworkbench.planning.PlanAnalysis;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.Workspace;

/**
 * The plan and the RAID log: ids resolve, windows are the right way round, dependencies have no cycle, milestone
 * windows are at least their {@code minWorkingDays} long (SEC Working Days), actuals name known activities, the
 * calendar changes do not contradict each other, and risk histories are in date order.
 */
final class PlanRules extends Rules {


    PlanRules(Workspace ws, Locations at) {
        super(ws, at);
    }

    @Override
    void run() {
        Plan plan = ws.plan();
        Set<String> resources = unique(plan.resources(), Resource::id, "resource").keySet();
        Set<String> milestones = unique(plan.milestones(), Milestone::id, "milestone").keySet();
        Map<String, Activity> activities = unique(plan.activities(), Activity::id, "activity");
        for (Milestone milestone : plan.milestones()) {
            if (milestone.end().isBefore(milestone.start())) {
                error(milestone, "end", "window", "milestone " + milestone.id() + " ends before it starts");
            }
        }
        for (Activity activity : plan.activities()) {
            activity.assignments().stream().filter(x -> !resources.contains(x.resource())).forEach(x -> error(activity,
                    activity.assignments().size() == 1 ? "resource" : "assignments", "unknown-resource", "activity "
                    + activity.id() + " books unknown resource '" + x.resource() + "'"));
            if (activity.assignments().stream().map(x -> x.resource()).distinct().count() < activity.assignments().size()) {
                error(activity, "assignments", "assignments", "activity " + activity.id() + " books a resource twice");
            }
            if (activity.parent() != null && !activities.containsKey(activity.parent())) {
                error(activity, "parent", "unknown-activity", "activity " + activity.id() + " sits under unknown task '"
                        + activity.parent() + "'");
            }
            if (activity.milestoneTask() && !activity.start().equals(activity.end())) {
                warning(activity, "end", "window", "milestone task " + activity.id() + " runs from " + activity.start()
                        + " to " + activity.end() + "; a milestone task has one date");
            }
            if (activity.milestone() != null && !milestones.contains(activity.milestone())) {
                error(activity, "milestone", "unknown-milestone", "activity " + activity.id() + " belongs to unknown milestone '"
                        + activity.milestone() + "'");
            }
            if (activity.end().isBefore(activity.start())) {
                error(activity, "end", "window", "activity " + activity.id() + " ends before it starts");
            }
            if (activity.effort().signum() < 0) {
                error(activity, "effort", "effort", "activity " + activity.id() + " has negative effort");
            }
            activity.dependsOn().stream().filter(id -> !activities.containsKey(id)).forEach(id -> error(activity,
                    "dependsOn", "unknown-activity", "activity " + activity.id() + " depends on unknown activity '" + id + "'"));
        }
        findCycle(activities);
        findParentLoop(activities);
        for (BudgetLine line : plan.budget()) {
            if (!line.financialYear().matches("[0-9]{4}/[0-9]{2}")) {
                error(line, "financialYear", "financial-year", "financial year '" + line.financialYear()
                        + "' is not written like 2019/20");
            }
        }
        unique(plan.budget(), BudgetLine::financialYear, "budget year");
        for (ActualEffort actual : plan.actuals()) {
            Activity activity = activities.get(actual.activity());
            if (activity == null) {
                error(actual, "activity", "unknown-activity", "actual effort booked to unknown activity '"
                        + actual.activity() + "'");
            } else if (actual.month().atEndOfMonth().isBefore(activity.start())) {
                warning(actual, "month", "actual-before-start", "actual effort on " + activity.id() + " in "
                        + actual.month() + ", before the activity starts on " + activity.start());
            }
            if (activity != null && actual.resource() != null && activity.assignments().stream()
                    .noneMatch(x -> x.resource().equals(actual.resource()))) {
                error(actual, "resource", "unknown-resource", "actual effort on " + activity.id() + " in " + actual.month()
                        + " booked to '" + actual.resource() + "', which the activity does not book");
            }
            if (actual.days().signum() < 0) {
                error(actual, "days", "effort", "actual effort on " + actual.activity() + " in " + actual.month()
                        + " is negative");
            }
        }
        BudgetThresholds thresholds = plan.thresholds();
        if (thresholds != null && thresholds.panelPercent() < thresholds.tabascPercent()) {
            warning(thresholds, "panelPercent", "thresholds", "the SEC Panel threshold (" + thresholds.panelPercent()
                    + "%) is below the TABASC threshold (" + thresholds.tabascPercent() + "%)");
        }
        Set<java.time.LocalDate> extra = new HashSet<>();
        plan.calendar().extraHolidays().forEach(d -> extra.add(d.date()));
        for (CalendarDay day : plan.calendar().workingDays()) {
            if (extra.contains(day.date())) {
                error(day, "date", "calendar", day.date() + " is listed both as an extra holiday and as a working day");
            }
        }
        checkWindows(plan);
        for (Risk risk : ws.raid().risks()) {
            for (int i = 1; i < risk.history().size(); i++) {
                RiskChange before = risk.history().get(i - 1);
                RiskChange change = risk.history().get(i);
                if (change.date().isBefore(before.date())) {
                    warning(change, "date", "history-order", "risk " + risk.id() + ": history entry of " + change.date()
                            + " comes after one of " + before.date() + " (keep the history oldest first)");
                }
            }
        }
        unique(ws.raid().risks(), Risk::id, "risk");
        unique(ws.raid().assumptions(), RaidEntry::id, "assumption");
        unique(ws.raid().constraints(), RaidEntry::id, "constraint");
        unique(ws.raid().issues(), RaidIssue::id, "issue");
        unique(ws.raid().dependencies(), RaidEntry::id, "dependency");
    }

    /** Milestone windows against their minimum in SEC Working Days, and baselines the right way round. */
    private void checkWindows(Plan plan) {
        WorkingDays days;
        try {
            days = PlanAnalysis.workingDays(plan);
        } catch (IllegalArgumentException e) {
            warningAt(at.of(plan), "calendar", e.getMessage());
            return;
        }
        for (Milestone milestone : plan.milestones()) {
            if (milestone.baselineStart() != null && milestone.baselineEnd() != null
                    && milestone.baselineEnd().isBefore(milestone.baselineStart())) {
                error(milestone, "baselineEnd", "window", "milestone " + milestone.id() + "'s baseline ends before it starts");
            }
            if (!WorkingDays.covers(milestone.start()) || !WorkingDays.covers(milestone.end())) {
                warning(milestone, "start", "calendar", "milestone " + milestone.id() + " lies outside the Working Day calendar ("
                        + WorkingDays.FIRST_YEAR + " to " + WorkingDays.LAST_YEAR + "); its window cannot be counted");
                continue;
            }
            if (milestone.minWorkingDays() != null && !milestone.end().isBefore(milestone.start())) {
                int length = days.between(milestone.start(), milestone.end());
                if (length < milestone.minWorkingDays()) {
                    error(milestone, "end", "min-working-days", "milestone " + milestone.id() + " runs " + length
                            + " Working Days (" + milestone.start() + " to " + milestone.end() + "), fewer than its minimum of "
                            + milestone.minWorkingDays() + "; it would end on " + days.plus(milestone.start(), milestone.minWorkingDays())
                            + " at the earliest");
                }
            }
        }
        for (Activity activity : plan.activities()) {
            if (!WorkingDays.covers(activity.start()) || !WorkingDays.covers(activity.end())) {
                warning(activity, "start", "calendar", "activity " + activity.id() + " lies outside the Working Day calendar ("
                        + WorkingDays.FIRST_YEAR + " to " + WorkingDays.LAST_YEAR + ")");
            }
            if (activity.baselineStart() != null && activity.baselineEnd() != null
                    && activity.baselineEnd().isBefore(activity.baselineStart())) {
                error(activity, "baselineEnd", "window", "activity " + activity.id() + "'s baseline ends before it starts");
            }
        }
    }

    /** A task must not sit, through its parents, under itself. */
    private void findParentLoop(Map<String, Activity> activities) {
        for (Activity activity : activities.values()) {
            String at = activity.parent();
            for (int steps = 0; at != null && steps <= activities.size(); steps++) {
                if (at.equals(activity.id())) {
                    error(activity, "parent", "cycle", "activity " + activity.id() + " sits, through its parents, under itself");
                    break;
                }
                Activity next = activities.get(at);
                at = next == null ? null : next.parent();
            }
        }
    }

    private void findCycle(Map<String, Activity> activities) {
        Map<String, Integer> state = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (String id : activities.keySet()) {
            visit(id, activities, state, reported);
        }
    }

    /** Depth-first walk; state 1 = on the current path, 2 = done. */
    private void visit(String id, Map<String, Activity> activities, Map<String, Integer> state, Set<String> reported) {
        Activity activity = activities.get(id);
        if (activity == null || state.getOrDefault(id, 0) == 2) {
            return;
        }
        state.put(id, 1);
        for (String next : activity.dependsOn()) {
            if (state.getOrDefault(next, 0) == 1 && reported.add(next)) {
                error(activity, "dependsOn", "cycle", "activity " + id + " depends on " + next + ", which depends on it in turn");
            } else {
                visit(next, activities, state, reported);
            }
        }
        state.put(id, 2);
    }
}
