package org.tadworkbench.planning.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tadworkbench.calendar.WorkingDays;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.ActualEffort;
import org.tadworkbench.plan.Assignment;
import org.tadworkbench.plan.Dependency;
import org.tadworkbench.plan.BudgetLine;
import org.tadworkbench.plan.BudgetThresholds;
import org.tadworkbench.plan.Milestone;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.plan.Resource;
import org.tadworkbench.plan.Risk;
import org.tadworkbench.plan.WorkBreakdown;
import org.tadworkbench.planning.ActivityStatus;
import org.tadworkbench.planning.BudgetAssessment;
import org.tadworkbench.planning.BudgetStatus;
import org.tadworkbench.planning.CriticalPath;
import org.tadworkbench.planning.Escalation;
import org.tadworkbench.planning.EscalationLevel;
import org.tadworkbench.planning.MilestoneWindow;
import org.tadworkbench.planning.Money;
import org.tadworkbench.planning.MonthFigures;
import org.tadworkbench.planning.PlanAnalysis;

/** Computes {@link PlanAnalysis}; see there for what each figure means. */
public final class Analyser {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int WORK_SCALE = 10;

    private Analyser() {
    }

    public static PlanAnalysis analyse(Plan plan, RaidLog raid, WorkingDays days, LocalDate today) {
        Map<String, Resource> resources = new LinkedHashMap<>();
        plan.resources().forEach(r -> resources.putIfAbsent(r.id(), r));
        YearMonth current = YearMonth.from(today);

        Map<String, BigDecimal> effortByResource = new LinkedHashMap<>();
        for (Resource resource : resources.values()) {
            BigDecimal effort = plan.activities().stream().flatMap(a -> a.assignments().stream())
                    .filter(x -> x.resource().equals(resource.id()))
                    .map(Assignment::effort).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (effort.signum() > 0) {
                effortByResource.merge(resource.name(), effort, BigDecimal::add);
            }
        }
        WorkBreakdown breakdown = new WorkBreakdown(plan.activities());
        BigDecimal totalEffort = plan.activities().stream().map(Activity::effort).reduce(BigDecimal.ZERO, BigDecimal::add);

        Map<String, BigDecimal> plannedByYear = new TreeMap<>();
        Map<String, BigDecimal> actualByYear = new TreeMap<>();
        Map<String, BigDecimal> forecastByYear = new TreeMap<>();
        Map<YearMonth, BigDecimal[]> months = new TreeMap<>(); // planned days, planned cost, actual days, actual cost, forecast cost
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal actualDaysToDate = BigDecimal.ZERO;
        BigDecimal actualCostToDate = BigDecimal.ZERO;
        BigDecimal forecastTotal = BigDecimal.ZERO;
        Map<String, List<ActualEffort>> actualsByActivity = new HashMap<>();
        for (ActualEffort actual : plan.actuals()) {
            if (!actual.month().isAfter(current)) {
                actualsByActivity.computeIfAbsent(actual.activity(), k -> new ArrayList<>()).add(actual);
            }
        }
        // Progress is undated ("as at the latest report"): the report is taken as of the latest month with actuals.
        YearMonth latestReport = plan.actuals().stream().map(ActualEffort::month).max(YearMonth::compareTo).orElse(null);
        Set<String> completed = new HashSet<>();
        Set<String> started = new HashSet<>();
        CriticalPath critical = criticalPath(plan, days);
        Set<String> onPath = new HashSet<>(critical.activities());

        List<ActivityStatus> statuses = new ArrayList<>();
        for (Activity activity : outlineOrder(plan, breakdown)) {
            BigDecimal activityCost = BigDecimal.ZERO;
            List<LocalDate> window = windowDays(days, activity.start(), activity.end());
            for (Assignment assignment : activity.assignments()) {
                BigDecimal assignmentRate = rate(resources, assignment.resource());
                activityCost = activityCost.add(assignment.effort().multiply(assignmentRate));
                spread(window, assignment.effort(), assignmentRate, plannedByYear, months, 0);
            }
            cost = cost.add(activityCost);
            // Remaining work is forecast at the task's blended rate (its only rate when it has one resource).
            BigDecimal rate = activity.effort().signum() > 0
                    ? activityCost.divide(activity.effort(), WORK_SCALE, RoundingMode.HALF_EVEN)
                    : rate(resources, activity.resource());
            List<ActualEffort> actuals = actualsByActivity.getOrDefault(activity.id(), List.of());
            BigDecimal actualDays = BigDecimal.ZERO;
            YearMonth lastActual = null;
            BigDecimal actualCostOfActivity = BigDecimal.ZERO;
            for (ActualEffort actual : actuals) {
                actualDays = actualDays.add(actual.days());
                BigDecimal actualCost = actual.days().multiply(actual.resource() == null
                        ? rate(resources, activity.resource()) : rate(resources, actual.resource()));
                actualCostOfActivity = actualCostOfActivity.add(actualCost);
                String year = PlanAnalysis.financialYear(actual.month().atDay(1));
                actualByYear.merge(year, actualCost, BigDecimal::add);
                forecastByYear.merge(year, actualCost, BigDecimal::add);
                BigDecimal[] m = month(months, actual.month());
                m[2] = m[2].add(actual.days());
                m[3] = m[3].add(actualCost);
                m[4] = m[4].add(actualCost);
                lastActual = lastActual == null || actual.month().isAfter(lastActual) ? actual.month() : lastActual;
            }
            Integer progress = progressOn(activity, today, latestReport);
            boolean complete = progress != null ? progress == 100
                    : activity.effort().signum() > 0 && actualDays.compareTo(activity.effort()) >= 0;
            if (complete) {
                completed.add(activity.id());
            }
            if (progress != null && progress > 0 || actualDays.signum() > 0) {
                started.add(activity.id());
            }
            BigDecimal remaining = remainingWork(activity, actualDays, progress, complete);
            LocalDate lastActualEnd = lastActual == null ? null : lastActual.atEndOfMonth();
            List<LocalDate> future = window.stream().filter(d -> d.isAfter(today)
                    && (lastActualEnd == null || d.isAfter(lastActualEnd))).toList();
            if (future.isEmpty()) {
                future = window.stream().filter(d -> lastActualEnd == null || d.isAfter(lastActualEnd)).toList();
            }
            if (future.isEmpty()) {
                future = List.of(lastActualEnd != null ? lastActualEnd : activity.end());
            }
            if (remaining.signum() > 0) {
                spread(future, remaining, rate, forecastByYear, months, 4);
            }
            BigDecimal forecastDays = actualDays.add(remaining);
            BigDecimal forecastCost = actualCostOfActivity.add(remaining.multiply(rate));
            forecastTotal = forecastTotal.add(forecastCost);
            actualDaysToDate = actualDaysToDate.add(actualDays);
            actualCostToDate = actualCostToDate.add(actualCostOfActivity);
            statuses.add(new ActivityStatus(activity.id(), activity.milestone(), activity.title(), activity.resource(),
                    resourceNames(activity, resources), activity.start(), activity.end(),
                    days.countInclusive(activity.start(), activity.end()), activity.effort(), money(activityCost),
                    days(actualDays), money(actualCostOfActivity), days(forecastDays), money(forecastCost),
                    progress, activity.baselineStart(), activity.baselineEnd(), onPath.contains(activity.id()),
                    activity.parent(), breakdown.depth(activity.id()), breakdown.isSummary(activity.id()),
                    activity.milestoneTask(), activity.dependencies()));
        }

        // One line per year (lint refuses duplicates); the first wins if a plan read with errors has two.
        Map<String, BudgetLine> lineByYear = new LinkedHashMap<>();
        for (BudgetLine line : plan.budget()) {
            lineByYear.putIfAbsent(line.financialYear(), line);
        }
        Set<String> years = new TreeSet<>(lineByYear.keySet());
        years.addAll(plannedByYear.keySet());
        years.addAll(forecastByYear.keySet());
        BudgetThresholds thresholds = plan.effectiveThresholds();
        List<BudgetStatus> budget = new ArrayList<>();
        List<Escalation> escalations = new ArrayList<>();
        Map<String, BigDecimal> costByYear = new LinkedHashMap<>();
        for (String year : years) {
            BigDecimal planned = money(plannedByYear.getOrDefault(year, BigDecimal.ZERO));
            BigDecimal forecast = money(forecastByYear.getOrDefault(year, BigDecimal.ZERO));
            if (plannedByYear.containsKey(year)) {
                costByYear.put(year, planned);
            }
            BudgetLine line = lineByYear.get(year);
            Escalation escalation = budgetEscalation(year, line, forecast, thresholds, plan.currency());
            if (escalation != null) {
                escalations.add(escalation);
            }
            BigDecimal percent = line == null || line.amount() == null || line.amount().signum() == 0 ? null
                    : forecast.multiply(HUNDRED).divide(line.amount(), 1, RoundingMode.HALF_UP);
            BudgetAssessment assessment = line == null ? BudgetAssessment.NO_BUDGET_LINE
                    : line.amount() == null ? BudgetAssessment.CANNOT_ASSESS
                    : escalation != null ? BudgetAssessment.ESCALATED : BudgetAssessment.WITHIN;
            budget.add(new BudgetStatus(year, line, planned, money(actualByYear.getOrDefault(year, BigDecimal.ZERO)),
                    forecast, percent, assessment, escalation == null ? null : escalation.level()));
        }

        List<MilestoneWindow> windows = new ArrayList<>();
        Map<Milestone, List<String>> deliveries = new LinkedHashMap<>();
        for (Milestone milestone : plan.milestones()) {
            deliveries.put(milestone, plan.activities().stream().filter(a -> milestone.id().equals(a.milestone()))
                    .map(Activity::id).toList());
        }
        // The project manager's own milestone tasks, where no PID milestone stands for them, are milestones too:
        // each is delivered when it is recorded complete.
        for (Activity task : plan.activities()) {
            if (task.milestoneTask() && task.milestone() == null) {
                deliveries.put(new Milestone(task.id(), task.title(), task.end(), task.end(), task.notes(), null,
                        task.baselineEnd(), task.baselineEnd()), List.of(task.id()));
            }
        }
        for (Map.Entry<Milestone, List<String>> delivery : deliveries.entrySet()) {
            Milestone milestone = delivery.getKey();
            MilestoneWindow window = Milestones.window(milestone, delivery.getValue(), days, today, thresholds,
                    completed, started);
            windows.add(window);
            if (window.escalation() != null) {
                escalations.add(new Escalation(window.escalation(), Milestones.reason(milestone, window), null,
                        milestone.id()));
            }
        }

        List<MonthFigures> monthFigures = new ArrayList<>();
        months.forEach((month, m) -> monthFigures.add(new MonthFigures(month, days(m[0]), money(m[1]), days(m[2]),
                money(m[3]), money(m[4]))));
        List<Risk> risks = raid.risks().stream().filter(Risk::isOpen)
                .sorted(Comparator.comparingInt(Risk::score).reversed().thenComparing(Risk::id)).toList();
        BigDecimal forecastAtCompletion = money(forecastTotal);
        return new PlanAnalysis(today, plan.currency(), totalEffort, effortByResource, money(cost), costByYear, budget,
                days(actualDaysToDate), money(actualCostToDate), forecastAtCompletion,
                money(cost).subtract(forecastAtCompletion), statuses, critical, windows, monthFigures, escalations, risks);
    }

    /**
     * The plan's tasks in outline order (each summary task followed by what it holds), which every listing of the
     * analysis follows; a task whose id repeats one before it (a lint error) comes last.
     */
    private static List<Activity> outlineOrder(Plan plan, WorkBreakdown breakdown) {
        List<Activity> order = new ArrayList<>(breakdown.outline());
        java.util.Set<Activity> placed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        placed.addAll(order);
        plan.activities().stream().filter(a -> !placed.contains(a)).forEach(order::add);
        return order;
    }

    private static BigDecimal rate(Map<String, Resource> resources, String id) {
        Resource resource = id == null ? null : resources.get(id);
        return resource == null || resource.dayRate() == null ? BigDecimal.ZERO : resource.dayRate();
    }

    /** The resource's name, or the names of all the task's resources; "" for a task nobody is assigned to. */
    private static String resourceNames(Activity activity, Map<String, Resource> resources) {
        return String.join(", ", activity.assignments().stream().map(x -> {
            Resource r = resources.get(x.resource());
            return r == null ? x.resource() : r.name();
        }).distinct().toList());
    }

    /**
     * The escalation a year's forecast (whole pence) calls for, or null: to the Panel and Board above
     * {@code panelPercent} of the line, else to TABASC above {@code tabascPercent}, each against the highest amount a
     * rounded figure may stand for ({@link BudgetLine#limit}), so rounding alone never escalates. A line without an
     * amount cannot be assessed (never escalated, never "within"); a forecast with no line at all goes to the Panel.
     */
    private static Escalation budgetEscalation(String year, BudgetLine line, BigDecimal forecast,
                                               BudgetThresholds thresholds, String currency) {
        if (line == null) {
            return forecast.signum() > 0 ? new Escalation(EscalationLevel.PANEL_AND_BOARD, "FY " + year
                    + " has a forecast of " + Money.format(currency, forecast) + " but no budget line", year, null) : null;
        }
        if (!line.amountStated()) {
            return null;
        }
        for (var level : List.of(Map.entry(EscalationLevel.PANEL_AND_BOARD, thresholds.panelPercent()),
                Map.entry(EscalationLevel.TABASC, thresholds.tabascPercent()))) {
            if (line.exceeded(forecast, level.getValue())) {
                String amount = Money.format(currency, line.amount());
                String tolerance = line.roundedTo() == null ? ""
                        : ", an amount given to the nearest " + Money.format(currency, line.roundedTo())
                                + " and so taken as up to " + Money.format(currency, line.amount().add(line.tolerance()));
                return new Escalation(level.getKey(), "FY " + year + " forecast " + Money.format(currency, forecast)
                        + (line.shared() ? " (this project alone)" : "") + " is over " + level.getValue() + "% of the "
                        + (line.shared() ? "combined " : "") + amount + " budget"
                        + (line.shared() ? " shared with the " + line.sharedWith() : "") + tolerance
                        + " (limit " + Money.format(currency, line.limit(level.getValue())) + ")", year, null);
            }
        }
        return null;
    }

    /**
     * The progress reported for an activity as it stood on {@code today}, or null when none counts yet. Progress is
     * the latest report's and undated, so it counts only from the activity's start and from the latest month with
     * actuals (the report's month) on: a plan viewed as at an earlier date must not take work as done before it was.
     */
    private static Integer progressOn(Activity activity, LocalDate today, YearMonth latestReport) {
        boolean reported = latestReport == null || !YearMonth.from(today).isBefore(latestReport);
        return reported && !today.isBefore(activity.start()) ? activity.progress() : null;
    }

    /**
     * The work left on an activity, in days: none once complete; otherwise never less than the planned effort not
     * yet booked, nor than the share that reported progress says is left, so the forecast at completion is never
     * below the actuals plus the remaining planned work.
     */
    private static BigDecimal remainingWork(Activity activity, BigDecimal actualDays, Integer progress,
                                            boolean complete) {
        if (complete) {
            return BigDecimal.ZERO;
        }
        BigDecimal unbooked = activity.effort().subtract(actualDays).max(BigDecimal.ZERO);
        return progress == null ? unbooked : unbooked.max(activity.effort()
                .multiply(HUNDRED.subtract(BigDecimal.valueOf(progress))).divide(HUNDRED, WORK_SCALE, RoundingMode.HALF_EVEN));
    }

    /** The Working Days of a window, both ends counted; a window with none counts as its end day. */
    static List<LocalDate> windowDays(WorkingDays days, LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return List.of(start);
        }
        List<LocalDate> list = days.list(start.minusDays(1), end);
        return list.isEmpty() ? List.of(end) : list;
    }

    /** Spreads {@code effort} days evenly over {@code over}, adding cost per financial year and days/cost per month. */
    private static void spread(List<LocalDate> over, BigDecimal effort, BigDecimal rate, Map<String, BigDecimal> byYear,
                               Map<YearMonth, BigDecimal[]> months, int monthSlot) {
        BigDecimal n = BigDecimal.valueOf(over.size());
        Map<String, Integer> perYear = new LinkedHashMap<>();
        Map<YearMonth, Integer> perMonth = new LinkedHashMap<>();
        for (LocalDate day : over) {
            perYear.merge(PlanAnalysis.financialYear(day), 1, Integer::sum);
            perMonth.merge(YearMonth.from(day), 1, Integer::sum);
        }
        BigDecimal cost = effort.multiply(rate);
        perYear.forEach((year, count) -> byYear.merge(year,
                cost.multiply(BigDecimal.valueOf(count)).divide(n, WORK_SCALE, RoundingMode.HALF_EVEN), BigDecimal::add));
        perMonth.forEach((month, count) -> {
            BigDecimal[] m = month(months, month);
            BigDecimal share = effort.multiply(BigDecimal.valueOf(count)).divide(n, WORK_SCALE, RoundingMode.HALF_EVEN);
            if (monthSlot == 0) {
                m[0] = m[0].add(share);
                m[1] = m[1].add(share.multiply(rate));
                m[4] = m[4].add(BigDecimal.ZERO);
            } else {
                m[monthSlot] = m[monthSlot].add(share.multiply(rate));
            }
        });
    }

    private static BigDecimal[] month(Map<YearMonth, BigDecimal[]> months, YearMonth month) {
        return months.computeIfAbsent(month, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO});
    }

    /**
     * The longest chain of linked tasks, each weighed by the Working Days of its window, honouring the kind and lag
     * of each link: finish-to-start adds the task to the predecessor's chain, start-to-start starts it where the
     * predecessor started, finish-to-finish ends it where the predecessor ended, start-to-finish ends it where the
     * predecessor started; lags move the join. Summary tasks are left out (their dates roll up from what they hold),
     * and so, when the plan ties tasks to PID milestones, are the tasks tied to none (level-of-effort work such as
     * project management, which spans the whole project).
     */
    static CriticalPath criticalPath(Plan plan, WorkingDays days) {
        WorkBreakdown breakdown = new WorkBreakdown(plan.activities());
        boolean pidMilestones = plan.activities().stream().anyMatch(a -> a.milestone() != null);
        Map<String, Activity> byId = new LinkedHashMap<>();
        breakdown.leaves().stream().filter(a -> !pidMilestones || a.milestone() != null)
                .forEach(a -> byId.putIfAbsent(a.id(), a));
        Map<String, BigDecimal> best = new HashMap<>();
        Map<String, String> previous = new HashMap<>();
        for (String id : byId.keySet()) {
            longest(id, byId, days, best, previous, new HashSet<>());
        }
        String last = null;
        for (String id : byId.keySet()) {
            int order = last == null ? 1 : best.get(id).compareTo(best.get(last));
            if (order > 0 || order == 0 && byId.get(id).end().isAfter(byId.get(last).end())) {
                last = id;
            }
        }
        List<String> path = new ArrayList<>();
        for (String at = last; at != null; at = previous.get(at)) {
            path.add(0, at);
        }
        return new CriticalPath(path, last == null ? 0 : best.get(last).setScale(0, RoundingMode.HALF_UP).intValue());
    }

    private static BigDecimal longest(String id, Map<String, Activity> byId, WorkingDays days,
                                      Map<String, BigDecimal> best, Map<String, String> previous, Set<String> onStack) {
        BigDecimal known = best.get(id);
        if (known != null) {
            return known;
        }
        Activity activity = byId.get(id);
        onStack.add(id);
        BigDecimal own = length(activity, days);
        BigDecimal chain = own;
        String from = null;
        for (Dependency link : activity.dependencies()) {
            String dep = link.task();
            if (!byId.containsKey(dep) || onStack.contains(dep)) {
                continue;
            }
            BigDecimal before = longest(dep, byId, days, best, previous, onStack);
            BigDecimal predecessorLength = length(byId.get(dep), days);
            BigDecimal lag = link.lag().workingDays(predecessorLength);
            BigDecimal through = switch (link.type()) {
                case FS -> before.add(lag).add(own);
                case SS -> before.subtract(predecessorLength).add(lag).add(own);
                case FF -> before.add(lag);
                case SF -> before.subtract(predecessorLength).add(lag);
            };
            if (through.compareTo(chain) > 0 || through.compareTo(chain) == 0 && from != null
                    && byId.get(dep).end().isAfter(byId.get(from).end())) {
                chain = through;
                from = dep;
            }
        }
        onStack.remove(id);
        best.put(id, chain);
        if (from != null) {
            previous.put(id, from);
        }
        return chain;
    }

    /** A task's window in Working Days, at least one (a milestone task counts as none). */
    private static BigDecimal length(Activity activity, WorkingDays days) {
        return activity.milestoneTask() ? BigDecimal.ZERO
                : BigDecimal.valueOf(Math.max(1, days.countInclusive(activity.start(), activity.end())));
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal days(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    static String plain(BigDecimal value) {
        return org.tadworkbench.plan.PlainNumber.of(value);
    }
}
