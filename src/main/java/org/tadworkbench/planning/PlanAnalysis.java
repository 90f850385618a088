package org.tadworkbench.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tadworkbench.calendar.WorkingDays;
import org.tadworkbench.plan.CalendarDay;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.plan.Risk;
import org.tadworkbench.planning.internal.Analyser;

/**
 * The plan's figures on a date ({@code today}): effort by resource (names, plan order, resources with effort only),
 * planned cost in total and by SEC financial year ("2018/19": each activity's cost split by the Working Days of its
 * window falling in each April-to-March year), budget against forecast per year, actuals to date, forecast at
 * completion and its variance against the planned cost ({@code cost - forecastAtCompletion}; negative = overspend),
 * each task's figures ({@code activities}, in outline order: each summary task followed by what it holds), the
 * critical path, milestone windows, monthly figures, escalations, and the open risks by score (highest first).
 * Amounts are in {@code currency}, rounded to pence.
 * <p>
 * Progress in plan.yaml is the latest report's and undated: it counts from the latest month with actuals on, and not
 * before the activity starts; until then an activity is complete only when all its effort is booked. The forecast at
 * completion is never below the actuals to date plus the planned work not yet booked on activities not complete.
 */
public record PlanAnalysis(LocalDate today, String currency, BigDecimal totalEffort,
                           Map<String, BigDecimal> effortByResource, BigDecimal cost,
                           Map<String, BigDecimal> costByFinancialYear, List<BudgetStatus> budget,
                           BigDecimal actualDaysToDate, BigDecimal actualCostToDate, BigDecimal forecastAtCompletion,
                           BigDecimal variance, List<ActivityStatus> activities, CriticalPath criticalPath,
                           List<MilestoneWindow> milestones, List<MonthFigures> months, List<Escalation> escalations,
                           List<Risk> risks) {

    public PlanAnalysis {
        effortByResource = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(effortByResource));
        costByFinancialYear = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(costByFinancialYear));
        budget = List.copyOf(budget);
        activities = List.copyOf(activities);
        milestones = List.copyOf(milestones);
        months = List.copyOf(months);
        escalations = List.copyOf(escalations);
        risks = List.copyOf(risks);
    }

    /** Analyses the plan on {@code today} with the given Working Day calendar. */
    public static PlanAnalysis of(Plan plan, RaidLog raid, WorkingDays days, LocalDate today) {
        return Analyser.analyse(plan, raid, days, today);
    }

    /** Analyses the plan on {@code today} with {@link #workingDays(Plan)}. */
    public static PlanAnalysis of(Plan plan, RaidLog raid, LocalDate today) {
        return of(plan, raid, workingDays(plan), today);
    }

    /** The SEC Working Day calendar with the plan's own changes (plan.yaml {@code calendar}). */
    public static WorkingDays workingDays(Plan plan) {
        WorkingDays base = WorkingDays.englandAndWales();
        if (!outsideKnownYears(plan).isEmpty()) {
            base = base.weekdaysBeyondKnownYears();
        }
        if (plan.calendar().isEmpty()) {
            return base;
        }
        return base.with(plan.calendar().extraHolidays().stream().map(CalendarDay::date).toList(),
                plan.calendar().workingDays().stream().map(CalendarDay::date).toList());
    }

    /**
     * The years of the plan's dates whose bank holidays the calendar does not know (an MS Project plan of 2003):
     * there Monday to Friday count as Working Days, which every output says.
     */
    public static java.util.SortedSet<Integer> outsideKnownYears(Plan plan) {
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
        java.util.function.Consumer<LocalDate> note = d -> {
            if (d != null && !WorkingDays.covers(d)) {
                years.add(d.getYear());
            }
        };
        plan.activities().forEach(a -> {
            note.accept(a.start());
            note.accept(a.end());
            note.accept(a.baselineStart());
            note.accept(a.baselineEnd());
        });
        plan.milestones().forEach(m -> {
            note.accept(m.start());
            note.accept(m.end());
            note.accept(m.baselineEnd());
        });
        return years;
    }

    /** What {@link #outsideKnownYears} means for the figures, in one sentence; null when every date is known. */
    public static String calendarNote(Plan plan) {
        var years = outsideKnownYears(plan);
        return years.isEmpty() ? null : "dates in " + years.first() + (years.size() > 1 ? " to " + years.last() : "")
                + " lie outside the years whose bank holidays the calendar knows (" + WorkingDays.FIRST_YEAR + " to "
                + WorkingDays.LAST_YEAR + "); there Monday to Friday count as Working Days";
    }

    /** The SEC financial year (April to March) a date falls in, written "2019/20". */
    public static String financialYear(LocalDate date) {
        int start = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return String.format("%d/%02d", start, (start + 1) % 100);
    }

    public boolean hasEscalations() {
        return !escalations.isEmpty();
    }

    /**
     * The financial years whose budget line states no amount: no escalation can be computed for them, which reports
     * say rather than count them as within budget.
     */
    public List<String> unassessedBudget() {
        return budget.stream().filter(b -> b.assessment() == BudgetAssessment.CANNOT_ASSESS)
                .map(BudgetStatus::financialYear).toList();
    }
}
