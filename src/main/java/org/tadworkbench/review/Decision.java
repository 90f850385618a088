package org.tadworkbench.review;

import java.time.LocalDate;

/** The TABASC's decision on a version, with the date of the meeting and the minute reference. */
public record Decision(String version, Outcome outcome, LocalDate date, String minuteReference, String by) {

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
    }
}
