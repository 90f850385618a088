package org.tadworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The few JDBC steps the stores share: bind, update, query, and a unit of work in one transaction. */
final class Jdbc {

    private Jdbc() {
    }

    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("could not " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@link #inTransaction} for a write to a workspace's content or governance: the last step adds one to the
     * content revision (V16), committed with the write, which tells every {@link WorkspaceSnapshots} sharing the
     * database that its snapshot is stale. Last, so the counter's row lock is held only for the commit and is never
     * taken before another lock (no lock-order cycles between writers).
     */
    static <T> T inWriteTransaction(DataSource dataSource, String what, Work<T> work) {
        return inTransaction(dataSource, what, connection -> {
            T result = work.run(connection);
            update(connection, "update content_revision set revision = revision + 1 where id = 1");
            return result;
        });
    }

    /** The content revision (V16): one more after every committed write to any workspace. */
    static long revision(Connection connection) throws SQLException {
        return query(connection, "select revision from content_revision where id = 1", rs -> rs.getLong(1)).get(0);
    }

    static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, values);
            return ps.executeUpdate();
        }
    }

    static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... values) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, values);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(mapper.map(rs));
                }
            }
            return result;
        }
    }

    static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }
}
