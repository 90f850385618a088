package org.tadworkbench.review;

import java.time.LocalDate;
import java.util.List;
import org.tadworkbench.calendar.WorkingDays;

/**
 * A consultation on a version: who is asked (audience), when it opens and closes, and the questions asked.
 *
 * <p>Counting: the length of a consultation is {@code WorkingDays.between(opens, closes)} on the England and Wales
 * calendar: the Working Days after the opening day up to and including the closing day (the opening day itself is
 * not counted, as in the PID's "12 March - 9 April 2019" = 20 Working Days). It must be at least
 * {@value #MINIMUM_WORKING_DAYS}, so the earliest closing day is {@code WorkingDays.plus(opens, 20)}.
 */
public record Consultation(long id, String version, List<String> audience, LocalDate opens, LocalDate closes,
                           List<String> questions) {

    public static final int MINIMUM_WORKING_DAYS = 20;

    public Consultation {
        Values.require(version, "a consultation needs the version it consults on");
        if (opens == null || closes == null) {
            throw new ReviewException("a consultation needs an opening and a closing date");
        }
        audience = List.copyOf(audience);
        questions = List.copyOf(questions);
    }

    /** A consultation checked against the PID: at least 20 Working Days, with an audience. */
    public static Consultation plan(long id, String version, List<String> audience, LocalDate opens, LocalDate closes,
                                    List<String> questions) {
        Consultation consultation = new Consultation(id, version, audience, opens, closes, questions);
        if (consultation.audience().isEmpty()) {
            throw new ReviewException("a consultation needs an audience (who is consulted)");
        }
        LocalDate earliest = earliestClose(opens);
        if (closes.isBefore(earliest)) {
            throw new ReviewException("a consultation must run at least " + MINIMUM_WORKING_DAYS + " Working Days: opening "
                    + opens + " it can close on " + earliest + " at the earliest (" + closes + " gives "
                    + Math.max(0, WorkingDays.englandAndWales().between(opens, closes)) + ")");
        }
        return consultation;
    }

    /** The first day a consultation opening on {@code opens} may close. */
    public static LocalDate earliestClose(LocalDate opens) {
        try {
            return WorkingDays.englandAndWales().plus(opens, MINIMUM_WORKING_DAYS);
        } catch (IllegalArgumentException e) {
            throw new ReviewException("the Working Day calendar covers " + WorkingDays.FIRST_YEAR + " to "
                    + WorkingDays.LAST_YEAR + ": it cannot count " + MINIMUM_WORKING_DAYS + " Working Days from " + opens);
        }
    }

    public Consultation withId(long newId) {
        return new Consultation(newId, version, audience, opens, closes, questions);
    }
}
