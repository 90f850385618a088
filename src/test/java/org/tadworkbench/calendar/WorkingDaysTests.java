package org.tadworkbench.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SEC Working Days: PID facts, the one-off table, and properties over seeded random dates. */
class WorkingDaysTests {

    private static final WorkingDays DAYS = WorkingDays.englandAndWales();
    private static final LocalDate FIRST = LocalDate.of(2010, 1, 1);
    private static final int SPAN = (int) (LocalDate.of(2035, 6, 30).toEpochDay() - FIRST.toEpochDay());

    static Stream<Arguments> randomDatesAndCounts() {
        SplittableRandom random = new SplittableRandom(20190312L);
        return IntStream.range(0, 300).mapToObj(i -> Arguments.of(FIRST.plusDays(random.nextInt(SPAN)),
                random.nextInt(-120, 121)));
    }

    static Stream<LocalDate> randomDates() {
        SplittableRandom random = new SplittableRandom(42L);
        return IntStream.range(0, 500).mapToObj(i -> FIRST.plusDays(random.nextInt(SPAN)));
    }

    @Test
    void pidMilestoneThreeIsTwentyWorkingDays() {
        LocalDate start = LocalDate.of(2019, 3, 12);
        assertThat(DAYS.plus(start, 20)).isEqualTo(LocalDate.of(2019, 4, 9));
        assertThat(DAYS.between(start, LocalDate.of(2019, 4, 9))).isEqualTo(20);
        assertThat(DAYS.plus(LocalDate.of(2019, 4, 9), -20)).isEqualTo(start);
    }

    @Test
    void easterWindowOfMilestoneFour() {
        // 18 April to 2 May 2019 spans Good Friday and Easter Monday: 8 Working Days after the 18th, 9 counting both ends
        assertThat(DAYS.between(LocalDate.of(2019, 4, 18), LocalDate.of(2019, 5, 2))).isEqualTo(8);
        assertThat(DAYS.countInclusive(LocalDate.of(2019, 4, 18), LocalDate.of(2019, 5, 2))).isEqualTo(9);
        assertThat(DAYS.list(LocalDate.of(2019, 4, 18), LocalDate.of(2019, 5, 2))).first().isEqualTo(LocalDate.of(2019, 4, 23));
    }

    @Test
    void bankHolidaysOf2019FromTheDomainNotes() {
        List<LocalDate> expected = Stream.of("2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27",
                "2019-08-26", "2019-12-25", "2019-12-26").map(LocalDate::parse).toList();
        assertThat(DAYS.bankHolidays(2019).keySet()).containsExactlyElementsOf(expected);
        expected.forEach(d -> assertThat(DAYS.isWorkingDay(d)).as(d.toString()).isFalse());
    }

    @Test
    void oneOffAndMovedHolidaysFollowTheKeptTable() {
        EnglandAndWalesHolidays.ONE_OFF.keySet().forEach(d -> assertThat(DAYS.isWorkingDay(d)).as(d.toString()).isFalse());
        EnglandAndWalesHolidays.MOVED_AWAY.keySet().forEach(d -> assertThat(DAYS.isWorkingDay(d)).as(d.toString()).isTrue());
        assertThat(DAYS.isWorkingDay(LocalDate.of(2020, 5, 8))).isFalse();
        assertThat(DAYS.isWorkingDay(LocalDate.of(2020, 5, 4))).isTrue();
        assertThat(DAYS.isWorkingDay(LocalDate.of(2022, 9, 19))).isFalse();
        assertThat(DAYS.isWorkingDay(LocalDate.of(2023, 5, 8))).isFalse();
    }

    @Test
    void substituteDaysWhenAHolidayFallsAtTheWeekend() {
        // Christmas 2021 fell on a Saturday and Boxing Day on a Sunday: 27 and 28 December were the bank holidays
        assertThat(DAYS.isWorkingDay(LocalDate.of(2021, 12, 27))).isFalse();
        assertThat(DAYS.isWorkingDay(LocalDate.of(2021, 12, 28))).isFalse();
        assertThat(DAYS.isWorkingDay(LocalDate.of(2021, 12, 29))).isTrue();
    }

    @Test
    void everyYearHasAtLeastEightBankHolidays() {
        for (int year = WorkingDays.FIRST_YEAR; year <= WorkingDays.LAST_YEAR; year++) {
            assertThat(DAYS.bankHolidays(year)).as("year " + year).hasSizeGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void workspaceOverridesWin() {
        LocalDate extra = LocalDate.of(2019, 3, 20);
        LocalDate working = LocalDate.of(2019, 4, 19);
        WorkingDays changed = DAYS.with(List.of(extra), List.of(working));
        assertThat(changed.isWorkingDay(extra)).isFalse();
        assertThat(changed.isWorkingDay(working)).isTrue();
        assertThat(DAYS.isWorkingDay(extra)).isTrue();
        assertThat(changed.plus(LocalDate.of(2019, 3, 12), 20)).isEqualTo(LocalDate.of(2019, 4, 10));
    }

    @Test
    void datesOutsideTheCalendarAreRefused() {
        assertThatThrownBy(() -> DAYS.isWorkingDay(LocalDate.of(2009, 12, 31))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DAYS.plus(LocalDate.of(2036, 1, 2), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("randomDatesAndCounts")
    void plusThenBetweenGivesTheCount(LocalDate date, int n) {
        LocalDate later = DAYS.plus(date, n);
        assertThat(DAYS.between(date, later)).isEqualTo(n);
        assertThat(DAYS.list(date, later)).hasSize(Math.abs(n));
        if (n != 0) {
            assertThat(DAYS.isWorkingDay(later)).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("randomDatesAndCounts")
    void betweenIsAdditiveAndAntisymmetricBetweenWorkingDays(LocalDate date, int n) {
        LocalDate a = n < 0 ? date.plusDays(n) : date;
        LocalDate b = n < 0 ? date : date.plusDays(n);
        LocalDate middle = a.plusDays((b.toEpochDay() - a.toEpochDay()) / 2);
        assertThat(DAYS.between(a, middle) + DAYS.between(middle, b)).isEqualTo(DAYS.between(a, b));
        assertThat(DAYS.between(a, b)).isGreaterThanOrEqualTo(0);
        LocalDate wa = DAYS.plus(a, 1);
        LocalDate wb = DAYS.plus(b, 1);
        assertThat(DAYS.between(wb, wa)).isEqualTo(-DAYS.between(wa, wb));
    }

    @ParameterizedTest
    @MethodSource("randomDates")
    void weekendsAndBankHolidaysAreNeverWorkingDays(LocalDate date) {
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        assertThat(DAYS.isWorkingDay(date)).isEqualTo(!weekend && !DAYS.isBankHoliday(date));
        LocalDate nextWorking = DAYS.plus(date, 1);
        assertThat(nextWorking.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(DAYS.isBankHoliday(nextWorking)).isFalse();
    }

    @Test
    void jollydayAgreesWithTheKeptTable() {
        // the corrections list is where the table overrode the library; it is reviewed here rather than hidden
        assertThat(DAYS.corrections()).allSatisfy(c -> assertThat(c).matches("(added|removed) \\d{4}-\\d{2}-\\d{2}: .*"));
    }
}
