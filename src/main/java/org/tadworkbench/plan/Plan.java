package org.tadworkbench.plan;

import java.util.List;

/**
 * The project plan (plan.yaml): resources with day rates, milestones, activities and budget by financial year;
 * the effort actually spent per activity and month, the escalation thresholds (null: {@link BudgetThresholds#DEFAULTS})
 * and the workspace's changes to the Working Day calendar.
 */
public record Plan(String currency, List<Resource> resources, List<Milestone> milestones, List<Activity> activities,
                   List<BudgetLine> budget, List<ActualEffort> actuals, BudgetThresholds thresholds,
                   PlanCalendar calendar) {
    public Plan {
        resources = List.copyOf(resources);
        milestones = List.copyOf(milestones);
        activities = List.copyOf(activities);
        budget = List.copyOf(budget);
        actuals = List.copyOf(actuals);
        calendar = calendar == null ? PlanCalendar.NONE : calendar;
    }

    /** A plan without actuals, thresholds or calendar changes. */
    public Plan(String currency, List<Resource> resources, List<Milestone> milestones, List<Activity> activities,
                List<BudgetLine> budget) {
        this(currency, resources, milestones, activities, budget, List.of(), null, PlanCalendar.NONE);
    }

    public static Plan empty() {
        return new Plan("GBP", List.of(), List.of(), List.of(), List.of());
    }

    /** The thresholds in force: the plan's own, else the defaults. */
    public BudgetThresholds effectiveThresholds() {
        return thresholds == null ? BudgetThresholds.DEFAULTS : thresholds;
    }

    public Plan withActivities(List<Activity> newActivities) {
        return new Plan(currency, resources, milestones, newActivities, budget, actuals, thresholds, calendar);
    }

    public Plan withMilestones(List<Milestone> newMilestones) {
        return new Plan(currency, resources, newMilestones, activities, budget, actuals, thresholds, calendar);
    }

    public Plan withActuals(List<ActualEffort> newActuals) {
        return new Plan(currency, resources, milestones, activities, budget, newActuals, thresholds, calendar);
    }

    public Plan withBudget(List<BudgetLine> newBudget) {
        return new Plan(currency, resources, milestones, activities, newBudget, actuals, thresholds, calendar);
    }

    public Plan withThresholds(BudgetThresholds newThresholds) {
        return new Plan(currency, resources, milestones, activities, budget, actuals, newThresholds, calendar);
    }

    public Plan withCalendar(PlanCalendar newCalendar) {
        return new Plan(currency, resources, milestones, activities, budget, actuals, thresholds, newCalendar);
    }
}
