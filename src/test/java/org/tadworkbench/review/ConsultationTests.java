package org.tadworkbench.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tadworkbench.calendar.WorkingDays;

/** A consultation runs at least 20 Working Days of the England and Wales calendar, the opening day not counted. */
class ConsultationTests {

    private static final WorkingDays DAYS = WorkingDays.englandAndWales();
    private static final List<String> AUDIENCE = List.of("TABASC", "SEC Parties");

    @Test
    void thePidsWindowIsExactlyLongEnoughAndOneDayLessIsRefusedWithTheEarliestDate() {
        LocalDate opens = LocalDate.of(2019, 3, 12);

        Consultation ok = Consultation.plan(1, "3.0", AUDIENCE, opens, LocalDate.of(2019, 4, 9), List.of("Q1"));

        assertThat(ok.closes()).isEqualTo(LocalDate.of(2019, 4, 9));
        assertThat(Consultation.earliestClose(opens)).isEqualTo(LocalDate.of(2019, 4, 9));
        assertThatThrownBy(() -> Consultation.plan(1, "3.0", AUDIENCE, opens, LocalDate.of(2019, 4, 8), List.of()))
                .isInstanceOf(ReviewException.class)
                .hasMessageStartingWith("a consultation must run at least 20 Working Days: opening 2019-03-12 it can close "
                        + "on 2019-04-09 at the earliest")
                .hasMessageContaining("2019-04-08 gives 19");
    }

    @Test
    void easterAndBankHolidaysLengthenTheWindow() {
        // 2019: Good Friday 19 April and Easter Monday 22 April are not Working Days.
        LocalDate opens = LocalDate.of(2019, 4, 1);

        assertThat(Consultation.earliestClose(opens)).isEqualTo(LocalDate.of(2019, 5, 1));
    }

    @Test
    void aConsultationNeedsAnAudienceAndDatesTheCalendarCovers() {
        assertThatThrownBy(() -> Consultation.plan(1, "3.0", List.of(), LocalDate.of(2019, 3, 12), LocalDate.of(2019, 5, 1), List.of()))
                .hasMessage("a consultation needs an audience (who is consulted)");
        assertThatThrownBy(() -> Consultation.plan(1, "3.0", AUDIENCE, LocalDate.of(2040, 1, 2), LocalDate.of(2040, 3, 1), List.of()))
                .isInstanceOf(ReviewException.class).hasMessageContaining("calendar covers 2010 to 2035");
    }

    static Stream<LocalDate> randomOpeningDays() {
        SplittableRandom random = new SplittableRandom(20_190_312L);
        LocalDate first = LocalDate.of(2015, 1, 1);
        int span = (int) (LocalDate.of(2030, 12, 31).toEpochDay() - first.toEpochDay());
        return IntStream.range(0, 200).mapToObj(i -> first.plusDays(random.nextInt(span + 1)));
    }

    @ParameterizedTest(name = "opens {0}")
    @MethodSource("randomOpeningDays")
    void theEarliestCloseIsAcceptedAndOneWorkingDayEarlierIsRefused(LocalDate opens) {
        LocalDate earliest = Consultation.earliestClose(opens);
        LocalDate dayBefore = DAYS.plus(earliest, -1);

        assertThat(DAYS.isWorkingDay(earliest)).isTrue();
        assertThat(DAYS.between(opens, earliest)).isEqualTo(20);
        assertThat(Consultation.plan(1, "3.0", AUDIENCE, opens, earliest, List.of()).closes()).isEqualTo(earliest);
        assertThatThrownBy(() -> Consultation.plan(1, "3.0", AUDIENCE, opens, dayBefore, List.of()))
                .isInstanceOf(ReviewException.class)
                .hasMessageContaining("opening " + opens + " it can close on " + earliest + " at the earliest");
    }
}
