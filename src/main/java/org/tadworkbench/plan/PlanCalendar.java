package org.tadworkbench.plan;

import java.util.List;

/**
 * The workspace's changes to the SEC Working Day calendar (plan.yaml {@code calendar}): extra non-working days
 * (e.g. a bank holiday proclaimed after the release of the workbench) and days that count as Working Days
 * although the built-in calendar says otherwise (e.g. a holiday that was cancelled).
 */
public record PlanCalendar(List<CalendarDay> extraHolidays, List<CalendarDay> workingDays) {
    public static final PlanCalendar NONE = new PlanCalendar(List.of(), List.of());

    public PlanCalendar {
        extraHolidays = List.copyOf(extraHolidays);
        workingDays = List.copyOf(workingDays);
    }

    public boolean isEmpty() {
        return extraHolidays.isEmpty() && workingDays.isEmpty();
    }
}
