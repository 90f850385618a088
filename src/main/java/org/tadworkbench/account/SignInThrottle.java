package org.tadworkbench.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Slows password guessing: after {@code maxFailures} failed sign-ins for one username, or from one remote address,
 * within {@code window}, further attempts are refused until the oldest of those failures is {@code window} old
 * (so at most 15 minutes with the defaults). Failures are rows of {@code sign_in_failure}, so the limit holds across
 * every server instance on the database. A successful sign-in clears its username's failures.
 */
public final class SignInThrottle {

    public static final int DEFAULT_MAX_FAILURES = 5;
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);

    private final DataSource dataSource;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    public SignInThrottle(DataSource dataSource, Clock clock, int maxFailures, Duration window) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("sign-in throttle needs at least 1 failure and a positive window");
        }
        this.dataSource = dataSource;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** When attempts for this username or from this address are allowed again; empty when they are allowed now. */
    public Optional<Instant> refusedUntil(String username, String remoteAddress) {
        Instant now = Instant.now(clock);
        Instant since = now.minus(window);
        try (Connection connection = dataSource.getConnection()) {
            Optional<Instant> byName = until(connection, "username", key(username), since);
            Optional<Instant> byAddress = until(connection, "remote_address", address(remoteAddress), since);
            return Stream.of(byName, byAddress).flatMap(Optional::stream).max(Comparator.naturalOrder());
        } catch (SQLException e) {
            throw new AccountException("sign-in throttle failed: " + e.getMessage(), e);
        }
    }

    /** Records a failed attempt, and forgets failures older than the window. */
    public void recordFailure(String username, String remoteAddress) {
        Instant now = Instant.now(clock);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement purge = connection.prepareStatement("delete from sign_in_failure where failed_at < ?")) {
                purge.setTimestamp(1, Timestamp.from(now.minus(window)));
                purge.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into sign_in_failure (username, remote_address, failed_at) values (?, ?, ?)")) {
                insert.setString(1, key(username));
                insert.setString(2, address(remoteAddress));
                insert.setTimestamp(3, Timestamp.from(now));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new AccountException("sign-in throttle failed: " + e.getMessage(), e);
        }
    }

    /** A successful sign-in: the username's earlier failures no longer count. */
    public void recordSuccess(String username) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from sign_in_failure where username = ?")) {
            delete.setString(1, key(username));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new AccountException("sign-in throttle failed: " + e.getMessage(), e);
        }
    }

    /** The limit's failures within the window, for the refusal message. */
    public int maxFailures() {
        return maxFailures;
    }

    public Duration window() {
        return window;
    }

    private Optional<Instant> until(Connection connection, String column, String value, Instant since) throws SQLException {
        // The maxFailures-th most recent failure in the window: while it is inside the window, attempts are refused.
        try (PreparedStatement select = connection.prepareStatement("select failed_at from sign_in_failure where " + column
                + " = ? and failed_at > ? order by failed_at desc")) {
            select.setString(1, value);
            select.setTimestamp(2, Timestamp.from(since));
            select.setMaxRows(maxFailures);
            try (ResultSet rs = select.executeQuery()) {
                int count = 0;
                Instant oldest = null;
                while (rs.next()) {
                    count++;
                    oldest = rs.getTimestamp(1).toInstant();
                }
                return count >= maxFailures ? Optional.of(oldest.plus(window)) : Optional.empty();
            }
        }
    }

    private static String key(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String address(String remoteAddress) {
        return remoteAddress == null ? "unknown" : remoteAddress.length() > 100 ? remoteAddress.substring(0, 100) : remoteAddress;
    }
}
