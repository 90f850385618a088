package org.tadworkbench.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.tadworkbench.plan.Dependency;

/**
 * One activity as analysed: planned effort and cost, window length ({@code workingDays}, both ends counted),
 * actual days and cost to date, forecast days and cost at completion, progress as it counts on the analysis date
 * (null when not reported, or not yet: see {@link PlanAnalysis}), baseline window (nulls when none) and whether it
 * is on the critical path. {@code resourceName} is the resource's name ("SECAS Core"), or the names of all its
 * resources joined when it has several. The place in the work breakdown: {@code parent} (null at the top),
 * {@code depth} (0 at the top), {@code summary} (other tasks name it as parent), {@code milestoneTask}; its
 * links to its predecessors ({@code dependencies}).
 */
public record ActivityStatus(String id, String milestone, String title, String resource, String resourceName,
                             LocalDate start, LocalDate end, int workingDays, BigDecimal effort, BigDecimal cost,
                             BigDecimal actualDays, BigDecimal actualCost, BigDecimal forecastDays,
                             BigDecimal forecastCost, Integer progress, LocalDate baselineStart, LocalDate baselineEnd,
                             boolean critical, String parent, int depth, boolean summary, boolean milestoneTask,
                             List<Dependency> dependencies) {
    public ActivityStatus {
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    }
}
