package org.tadworkbench.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Accounts in the database (table {@code account}, migration V4), plain JDBC over H2 or PostgreSQL. Passwords are
 * stored only as {@link Passwords#encoder() delegating-encoder} hashes.
 */
public final class AccountStore {

    private static final String COLUMNS = "username, display_name, role, organisation, party_category, enabled, created_at";

    private final DataSource dataSource;
    private final Clock clock;

    public AccountStore(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    public AccountStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Adds an account, enabled, created now; its password must pass {@link Passwords#check}. Refused when the username
     * is taken. The change is audited as {@code actor}'s, in the same transaction.
     */
    public Account add(Account account, CharSequence password, String actor) {
        Passwords.check(password);
        Account created = new Account(account.username(), account.displayName(), account.role(), account.organisation(),
                account.partyCategory(), true, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        String hash = Passwords.encoder().encode(password);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (find(connection, created.username()).isPresent()) {
                connection.rollback();
                throw new AccountException("account '" + created.username() + "' already exists");
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into account (" + COLUMNS
                    + ", password_hash) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                setColumns(insert, created);
                insert.setString(8, hash);
                insert.executeUpdate();
            }
            audit(connection, actor, "account-added", created.username(), null, describe(created));
            connection.commit();
            return created;
        } catch (SQLException e) {
            // Two clients adding the same name at once: the primary key decides.
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                throw new AccountException("account '" + created.username() + "' already exists", e);
            }
            throw failure(e);
        }
    }

    public Optional<Account> find(String username) {
        try (Connection connection = dataSource.getConnection()) {
            return find(connection, Account.normaliseUsername(username));
        } catch (SQLException e) {
            throw failure(e);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The account and its hash for checking a sign-in; empty for an unknown (or malformed) username. */
    public Optional<StoredCredentials> credentials(String username) {
        String name;
        try {
            name = Account.normaliseUsername(username);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection();
             // An identity provider's account has no password: it never signs in through the form.
             PreparedStatement select = connection.prepareStatement("select " + COLUMNS + ", password_hash from account"
                     + " where username = ? and password_hash is not null")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new StoredCredentials(account(rs), rs.getString("password_hash"))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * The account bound to {@code identity}, as its provider's latest claims describe it (issue 16), in one
     * transaction: on the first sign-in it is created, enabled, without a password ({@code account-added}); later its
     * display name, role, organisation and party category follow the claims ({@code account-changed}, only when
     * something changed). A disabled account is returned unchanged, for the caller to refuse. Refused when the
     * username belongs to another account (a local one, or another identity's), so no provider takes one over.
     *
     * @param claimed the account as the claims describe it (its enabled flag and creation time are ignored)
     */
    public Account signInThroughProvider(ProviderIdentity identity, Account claimed) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Account result = bound(connection, identity)
                        .map(existing -> existing.enabled() ? follow(connection, existing, claimed) : existing)
                        .orElseGet(() -> bind(connection, identity, claimed));
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                throw new AccountException("account '" + claimed.username() + "' already exists", e);
            }
            throw failure(e);
        }
    }

    private Optional<Account> bound(Connection connection, ProviderIdentity identity) {
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from account"
                + " where oidc_issuer = ? and oidc_subject = ?")) {
            select.setString(1, identity.issuer());
            select.setString(2, identity.subject());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(account(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Account bind(Connection connection, ProviderIdentity identity, Account claimed) {
        Account created = new Account(claimed.username(), claimed.displayName(), claimed.role(), claimed.organisation(),
                claimed.partyCategory(), true, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        try {
            if (find(connection, created.username()).isPresent()) {
                throw new AccountException("account '" + created.username() + "' already exists and is not bound to this"
                        + " identity provider");
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into account (" + COLUMNS
                    + ", oidc_issuer, oidc_subject) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                setColumns(insert, created);
                insert.setString(8, identity.issuer());
                insert.setString(9, identity.subject());
                insert.executeUpdate();
            }
            // The person created their own account by signing in; the entry names the provider that vouched for them.
            audit(connection, created.username(), "account-added", created.username(), null,
                    describe(created) + "; identity provider: " + identity.issuer());
            return created;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                throw new AccountException("account '" + created.username() + "' already exists", e);
            }
            throw failure(e);
        }
    }

    private Account follow(Connection connection, Account existing, Account claimed) {
        Account now = new Account(existing.username(), claimed.displayName(), claimed.role(), claimed.organisation(),
                claimed.partyCategory(), true, existing.createdAt());
        if (describe(now).equals(describe(existing))) {
            return existing;
        }
        try (PreparedStatement update = connection.prepareStatement("update account set display_name = ?, role = ?,"
                + " organisation = ?, party_category = ? where username = ?")) {
            update.setString(1, now.displayName());
            update.setString(2, now.role().name());
            update.setString(3, now.organisation());
            update.setString(4, now.partyCategory() == null ? null : now.partyCategory().name());
            update.setString(5, now.username());
            update.executeUpdate();
            audit(connection, now.username(), "account-changed", now.username(), describe(existing), describe(now));
            return now;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** All accounts, by username. */
    public List<Account> list() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from account order by username");
             ResultSet rs = select.executeQuery()) {
            List<Account> accounts = new ArrayList<>();
            while (rs.next()) {
                accounts.add(account(rs));
            }
            return accounts;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Disables an account and ends its sessions on every server instance (the shared session table), in one
     * transaction. Returns how many sessions ended. The account stays, so what it did stays attributed.
     */
    public int disable(String username, String actor) {
        String name = Account.normaliseUsername(username);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Optional<Account> before = find(connection, name);
                int updated;
                try (PreparedStatement update = connection.prepareStatement("update account set enabled = ? where username = ?")) {
                    update.setBoolean(1, false);
                    update.setString(2, name);
                    updated = update.executeUpdate();
                }
                if (updated == 0) {
                    throw new AccountException("no account '" + name + "'");
                }
                int sessions;
                try (PreparedStatement delete = connection.prepareStatement("delete from spring_session where principal_name = ?")) {
                    delete.setString(1, name);
                    sessions = delete.executeUpdate();
                }
                audit(connection, actor, "account-disabled", name, before.map(AccountStore::describe).orElse(null),
                        find(connection, name).map(AccountStore::describe).orElse(null) + "; sessions ended: " + sessions);
                connection.commit();
                return sessions;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Every audited account change, oldest first. */
    public List<AccountChange> changes() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select sequence, at, actor, action, username, "
                     + "before_text, after_text from account_audit order by sequence");
             ResultSet rs = select.executeQuery()) {
            List<AccountChange> changes = new ArrayList<>();
            while (rs.next()) {
                changes.add(new AccountChange(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
            }
            return changes;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void audit(Connection connection, String actor, String action, String username, String before, String after)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into account_audit (at, actor, action, "
                + "username, before_text, after_text) values (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString());
            insert.setString(2, actor);
            insert.setString(3, action);
            insert.setString(4, username);
            insert.setString(5, before);
            insert.setString(6, after);
            insert.executeUpdate();
        }
    }

    /** An account as its audit entry shows it (never the password hash). */
    private static String describe(Account account) {
        return "username: " + account.username() + "; name: " + account.displayName() + "; role: " + account.role().code()
                + (account.organisation() == null ? "" : "; organisation: " + account.organisation())
                + (account.partyCategory() == null ? "" : "; category: " + account.partyCategory().name().toLowerCase(java.util.Locale.ROOT))
                + "; " + (account.enabled() ? "enabled" : "disabled");
    }

    /** Whether an enabled administrator exists; without one, nobody can manage the server through it. */
    public boolean hasEnabledAdministrator() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select count(*) from account where role = ? and enabled = ?")) {
            select.setString(1, AccountRole.ADMINISTRATOR.name());
            select.setBoolean(2, true);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static Optional<Account> find(Connection connection, String username) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from account where username = ?")) {
            select.setString(1, username);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(account(rs)) : Optional.empty();
            }
        }
    }

    private static Account account(ResultSet rs) throws SQLException {
        String category = rs.getString("party_category");
        return new Account(rs.getString("username"), rs.getString("display_name"), AccountRole.valueOf(rs.getString("role")),
                rs.getString("organisation"), category == null ? null : PartyCategory.valueOf(category),
                rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant());
    }

    private static AccountException failure(SQLException e) {
        return new AccountException("account database failed: " + e.getMessage(), e);
    }

    /** The first seven parameters of an insert: {@link #COLUMNS} of a new, enabled account. */
    private static void setColumns(PreparedStatement insert, Account created) throws SQLException {
        insert.setString(1, created.username());
        insert.setString(2, created.displayName());
        insert.setString(3, created.role().name());
        insert.setString(4, created.organisation());
        insert.setString(5, created.partyCategory() == null ? null : created.partyCategory().name());
        insert.setBoolean(6, true);
        insert.setTimestamp(7, Timestamp.from(created.createdAt()));
    }
}
