package org.tadworkbench.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.BudgetLine;
import org.tadworkbench.plan.Milestone;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidEntry;
import org.tadworkbench.plan.RaidIssue;
import org.tadworkbench.plan.Resource;
import org.tadworkbench.plan.Risk;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.Workspace;

/** The plan and the RAID log: ids resolve, windows are the right way round, dependencies have no cycle. */
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
            if (!resources.contains(activity.resource())) {
                error(activity, "resource", "unknown-resource", "activity " + activity.id() + " books unknown resource '"
                        + activity.resource() + "'");
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
        for (BudgetLine line : plan.budget()) {
            if (!line.financialYear().matches("[0-9]{4}/[0-9]{2}")) {
                error(line, "financialYear", "financial-year", "financial year '" + line.financialYear()
                        + "' is not written like 2019/20");
            }
        }
        unique(plan.budget(), BudgetLine::financialYear, "budget year");
        unique(ws.raid().risks(), Risk::id, "risk");
        unique(ws.raid().assumptions(), RaidEntry::id, "assumption");
        unique(ws.raid().constraints(), RaidEntry::id, "constraint");
        unique(ws.raid().issues(), RaidIssue::id, "issue");
        unique(ws.raid().dependencies(), RaidEntry::id, "dependency");
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
