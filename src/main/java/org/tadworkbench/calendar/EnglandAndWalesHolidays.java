package org.tadworkbench.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * England and Wales bank holidays for {@link WorkingDays#FIRST_YEAR}..{@link WorkingDays#LAST_YEAR}: the rules from
 * jollyday ({@code HolidayCalendar.UNITED_KINGDOM}, region {@code eng}; {@code getDate()} is the substitute day when a
 * holiday falls at a weekend), corrected by a kept table of one-off and moved holidays.
 *
 * <p>Source of the table: the UK Government's bank holiday list (gov.uk/bank-holidays) and the Royal Proclamations
 * made under the Banking and Financial Dealings Act 1971, as published in The London Gazette. Each entry is checked
 * against jollyday; where they disagree the table wins and the disagreement is kept in {@link #corrections()}.
 */
final class EnglandAndWalesHolidays {

    /** One-off bank holidays proclaimed for a year, and usual holidays moved to another day (the moved-to day). */
    static final Map<LocalDate, String> ONE_OFF = table(
            "2011-04-29", "Wedding of Prince William and Catherine Middleton (one-off)",
            "2012-06-04", "Spring bank holiday, moved from 28 May for the Diamond Jubilee",
            "2012-06-05", "Queen's Diamond Jubilee (one-off)",
            "2020-05-08", "Early May bank holiday (VE Day 75), moved from 4 May",
            "2022-06-02", "Spring bank holiday, moved from 30 May for the Platinum Jubilee",
            "2022-06-03", "Queen's Platinum Jubilee (one-off)",
            "2022-09-19", "State Funeral of Queen Elizabeth II (one-off)",
            "2023-05-08", "Coronation of King Charles III (one-off)");

    /** Days the rules give that were not bank holidays because the holiday was moved (see {@link #ONE_OFF}). */
    static final Map<LocalDate, String> MOVED_AWAY = table(
            "2012-05-28", "Spring bank holiday moved to 4 June 2012",
            "2020-05-04", "Early May bank holiday moved to 8 May 2020",
            "2022-05-30", "Spring bank holiday moved to 2 June 2022");

    private final Map<LocalDate, String> holidays = new TreeMap<>();
    private final List<String> corrections = new ArrayList<>();

    EnglandAndWalesHolidays() {
        HolidayManager manager = holidayManager();
        for (int year = WorkingDays.FIRST_YEAR; year <= WorkingDays.LAST_YEAR; year++) {
            for (Holiday holiday : manager.getHolidays(Year.of(year), "eng")) {
                LocalDate date = holiday.getDate();
                if (date.getYear() == year && isWeekday(date)) {
                    holidays.put(date, holiday.getDescription());
                }
            }
        }
        for (Map.Entry<LocalDate, String> moved : MOVED_AWAY.entrySet()) {
            if (holidays.remove(moved.getKey()) != null) {
                corrections.add("removed " + moved.getKey() + ": " + moved.getValue());
            }
        }
        for (Map.Entry<LocalDate, String> added : ONE_OFF.entrySet()) {
            if (!holidays.containsKey(added.getKey())) {
                corrections.add("added " + added.getKey() + ": " + added.getValue());
            }
            holidays.put(added.getKey(), added.getValue());
        }
    }

    /**
     * Jollyday finds its holiday data through the thread's context class loader. In the packaged jar a pool thread
     * (lint rules run side by side) has the JDK's loader, which cannot see the nested jars, so ask with ours.
     */
    private static HolidayManager holidayManager() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(EnglandAndWalesHolidays.class.getClassLoader());
        try {
            return HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The bank holidays on weekdays (substitute days included), date to name. */
    Map<LocalDate, String> holidays() {
        return Collections.unmodifiableMap(holidays);
    }

    /** Where the kept table overrode jollyday, e.g. "added 2023-05-08: Coronation ...". */
    List<String> corrections() {
        return List.copyOf(corrections);
    }

    private static boolean isWeekday(LocalDate date) {
        return date.getDayOfWeek().getValue() <= 5;
    }

    private static Map<LocalDate, String> table(String... pairs) {
        Map<LocalDate, String> map = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(LocalDate.parse(pairs[i]), pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
