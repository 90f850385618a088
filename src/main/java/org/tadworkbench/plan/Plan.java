package org.tadworkbench.plan;

import java.util.List;

/** The project plan (plan.yaml): resources with day rates, milestones, activities and budget by financial year. */
public record Plan(String currency, List<Resource> resources, List<Milestone> milestones, List<Activity> activities,
                   List<BudgetLine> budget) {
    public Plan {
        resources = List.copyOf(resources);
        milestones = List.copyOf(milestones);
        activities = List.copyOf(activities);
        budget = List.copyOf(budget);
    }

    public static Plan empty() {
        return new Plan("GBP", List.of(), List.of(), List.of(), List.of());
    }
}
