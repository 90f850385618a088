package org.tadworkbench.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.tadworkbench.store.Databases;

/** The throttle's rule over a real (H2) database, with a clock the test moves. */
class SignInThrottleTests {

    private final DataSource database = Databases.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(database, clock, 5, Duration.ofMinutes(15));

    @Test
    void fiveFailuresForOneUsernameRefuseItForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("Dora", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.refusedUntil("dora", "10.0.0.9")).isEmpty();
        throttle.recordFailure("dora", "10.0.0.5");
        Instant first = Instant.parse("2026-03-02T10:00:00Z");
        assertThat(throttle.refusedUntil("dora", "10.0.0.9")).contains(first.plus(Duration.ofMinutes(15)));
        assertThat(throttle.refusedUntil("other", "10.0.0.9")).isEmpty();

        clock.advance(Duration.ofMinutes(11)); // 10:15: the first failure has left the window
        assertThat(throttle.refusedUntil("dora", "10.0.0.9")).isEmpty();
    }

    @Test
    void fiveFailuresFromOneAddressRefuseEveryUsernameFromIt() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("guess" + i, "192.0.2.7");
        }
        assertThat(throttle.refusedUntil("somebody", "192.0.2.7")).isPresent();
        assertThat(throttle.refusedUntil("somebody", "192.0.2.8")).isEmpty();
    }

    @Test
    void aSuccessClearsTheUsernamesFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("dora", "10.0.0." + i);
        }
        throttle.recordSuccess("dora");
        throttle.recordFailure("dora", "10.0.0.9");
        assertThat(throttle.refusedUntil("dora", "10.0.0.10")).isEmpty();
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
