package org.tadworkbench.review;

import java.time.LocalDate;

/**
 * The TABASC's decision on a version, with the date of the meeting and the minute reference. A correction supersedes
 * the decision in force and says why ({@code correction}: null for a first decision).
 */
public record Decision(String version, Outcome outcome, LocalDate date, String minuteReference, String by,
                       String correction) {

    public enum Outcome {
        APPROVED, APPROVED_WITH_CHANGES, REJECTED
    }

    public Decision {
        Values.require(version, "a decision needs the version it decides on");
        if (outcome == null) {
            throw new ReviewException("a decision needs an outcome: approved, approved with changes or rejected");
        }
        if (date == null) {
            throw new ReviewException("a decision needs the date it was taken");
        }
        Values.require(minuteReference, "a decision needs the minute reference that records it");
        Values.require(by, "a decision needs who recorded it");
        if (correction != null && correction.isBlank()) {
            correction = null;
        }
    }

    /** A first decision (not a correction). */
    public Decision(String version, Outcome outcome, LocalDate date, String minuteReference, String by) {
        this(version, outcome, date, minuteReference, by, null);
    }

    public boolean isCorrection() {
        return correction != null;
    }
}
