package org.tadworkbench.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The application's clock in tests of dated rules: noon in London on a day the test moves on as its steps happen. */
final class MovableClock extends Clock {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private volatile Instant now;

    MovableClock(LocalDate day) {
        today(day);
    }

    void today(LocalDate day) {
        now = day.atTime(12, 0).atZone(LONDON).toInstant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(now, LONDON);
    }

    @Override
    public ZoneId getZone() {
        return LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
