package org.tadworkbench.review;

import java.time.LocalDate;
import java.util.List;

/** A go-live notice to SEC Parties: which version, when, the text, to whom, and whether it has been sent. */
public record Notice(long id, String version, LocalDate date, String text, List<String> recipients, State state) {

    public enum State {
        OUTBOX, SENT
    }

    public Notice {
        Values.require(version, "a notice needs the version it announces");
        if (date == null) {
            throw new ReviewException("a notice needs its date");
        }
        Values.require(text, "a notice needs its text");
        recipients = List.copyOf(recipients);
        if (state == null) {
            state = State.OUTBOX;
        }
    }

    public Notice withId(long newId) {
        return new Notice(newId, version, date, text, recipients, state);
    }
}
