package org.tadworkbench.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * SEC Working Days: Monday to Friday except bank holidays in England and Wales, for the years
 * {@value #FIRST_YEAR}..{@value #LAST_YEAR} (dates outside raise {@link IllegalArgumentException}).
 *
 * <p>Counting: {@link #between(LocalDate, LocalDate)} counts the Working Days passed on the way from {@code from} to
 * {@code to}: the day left is not counted, the day arrived at is. Forwards that is the Working Days after
 * {@code from} up to and including {@code to}; backwards (to before from) it is minus the Working Days from
 * {@code to} up to but excluding {@code from}. So {@code between(d, plus(d, n)) == n} for every date and n, and the
 * PID's "12 March - 9 April" is 20 Working Days. {@link #countInclusive(LocalDate, LocalDate)} counts both ends (the days of an activity's window).
 *
 * <p>Immutable and thread-safe; {@link #with(Collection, Collection)} gives a calendar with a workspace's changes.
 */
public final class WorkingDays {

    public static final int FIRST_YEAR = 2010;
    public static final int LAST_YEAR = 2035;

    private static volatile WorkingDays englandAndWales;

    private final Map<LocalDate, String> bankHolidays;
    private final Set<LocalDate> extraHolidays;
    private final Set<LocalDate> extraWorkingDays;
    private final List<String> corrections;
    private final boolean weekdaysBeyond;

    private WorkingDays(Map<LocalDate, String> bankHolidays, Set<LocalDate> extraHolidays, Set<LocalDate> extraWorkingDays,
                        List<String> corrections, boolean weekdaysBeyond) {
        this.bankHolidays = Collections.unmodifiableMap(new TreeMap<>(bankHolidays));
        this.extraHolidays = Collections.unmodifiableSet(new TreeSet<>(extraHolidays));
        this.extraWorkingDays = Collections.unmodifiableSet(new TreeSet<>(extraWorkingDays));
        this.corrections = List.copyOf(corrections);
        this.weekdaysBeyond = weekdaysBeyond;
    }

    /**
     * This calendar, counting Monday to Friday as Working Days outside the years whose bank holidays it knows instead
     * of refusing them: for plans made in MS Project years before (or after) those, which say so when they use it.
     */
    public WorkingDays weekdaysBeyondKnownYears() {
        return new WorkingDays(bankHolidays, extraHolidays, extraWorkingDays, corrections, true);
    }

    /** The SEC calendar: weekdays except England and Wales bank holidays (jollyday plus the kept one-off table). */
    public static WorkingDays englandAndWales() {
        WorkingDays calendar = englandAndWales;
        if (calendar == null) {
            synchronized (WorkingDays.class) {
                if (englandAndWales == null) {
                    EnglandAndWalesHolidays source = new EnglandAndWalesHolidays();
                    englandAndWales = new WorkingDays(source.holidays(), Set.of(), Set.of(), source.corrections(), false);
                }
                calendar = englandAndWales;
            }
        }
        return calendar;
    }

    /**
     * This calendar with further non-working days and with days that count as Working Days although they are
     * weekend days or bank holidays here (a workspace's {@code calendar} overrides). A date in both lists is a
     * holiday.
     */
    public WorkingDays with(Collection<LocalDate> moreHolidays, Collection<LocalDate> moreWorkingDays) {
        Set<LocalDate> holidays = new TreeSet<>(extraHolidays);
        holidays.addAll(moreHolidays);
        Set<LocalDate> working = new TreeSet<>(extraWorkingDays);
        working.addAll(moreWorkingDays);
        working.removeAll(holidays);
        holidays.forEach(this::check);
        working.forEach(this::check);
        return new WorkingDays(bankHolidays, holidays, working, corrections, weekdaysBeyond);
    }

    public boolean isWorkingDay(LocalDate date) {
        check(date);
        if (extraHolidays.contains(date)) {
            return false;
        }
        if (extraWorkingDays.contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.containsKey(date);
    }

    /** Whether the date is an England and Wales bank holiday (before workspace changes). */
    public boolean isBankHoliday(LocalDate date) {
        check(date);
        return bankHolidays.containsKey(date);
    }

    /** The bank holidays of a year that fall on weekdays (substitute days included), date to name. */
    public Map<LocalDate, String> bankHolidays(int year) {
        check(LocalDate.of(year, 1, 1));
        Map<LocalDate, String> result = new TreeMap<>();
        bankHolidays.forEach((date, name) -> {
            if (date.getYear() == year) {
                result.put(date, name);
            }
        });
        return result;
    }

    /** The days this calendar treats as holidays although they are weekdays, and vice versa, given by a workspace. */
    public Set<LocalDate> extraHolidays() {
        return extraHolidays;
    }

    public Set<LocalDate> extraWorkingDays() {
        return extraWorkingDays;
    }

    /** Where the kept one-off table overrode jollyday (for review; empty when they agree). */
    public List<String> corrections() {
        return corrections;
    }

    /** The date {@code n} Working Days after {@code date} ({@code n < 0}: before; {@code n == 0}: the date itself). */
    public LocalDate plus(LocalDate date, int n) {
        check(date);
        LocalDate day = date;
        int step = n >= 0 ? 1 : -1;
        for (int left = Math.abs(n); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * Working Days after {@code from} up to and including {@code to}; when {@code to} is before {@code from}, minus
     * the Working Days from {@code to} up to but excluding {@code from}; 0 when they are equal.
     */
    public int between(LocalDate from, LocalDate to) {
        int count = list(from, to).size();
        return to.isBefore(from) ? -count : count;
    }

    /** Working Days from {@code start} to {@code end}, both included (0 when {@code end} is before {@code start}). */
    public int countInclusive(LocalDate start, LocalDate end) {
        return end.isBefore(start) ? 0 : between(start.minusDays(1), end);
    }

    /** The Working Days that {@link #between(LocalDate, LocalDate)} counts, in date order. */
    public List<LocalDate> list(LocalDate from, LocalDate to) {
        check(from);
        check(to);
        boolean backwards = to.isBefore(from);
        LocalDate first = backwards ? to : from.plusDays(1);
        LocalDate last = backwards ? from.minusDays(1) : to;
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }

    /** Whether a date is inside the years this calendar knows. */
    public static boolean covers(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    private void check(LocalDate date) {
        if (!weekdaysBeyond && !covers(date)) {
            throw new IllegalArgumentException(date + " is outside the Working Day calendar (" + FIRST_YEAR + " to "
                    + LAST_YEAR + ")");
        }
    }
}
