package org.tadworkbench.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The two databases the workbench supports, both real: H2 (the embedded default) and PostgreSQL (production),
 * started in-process by zonky so no server is needed. Each call gives a fresh, migrated database.
 */
final class TestDatabases {

    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    static Stream<Arguments> both() {
        return Stream.of(Arguments.of("H2", (DatabaseFactory) TestDatabases::h2),
                Arguments.of("PostgreSQL", (DatabaseFactory) TestDatabases::postgres));
    }

    interface DatabaseFactory {
        DataSource create();
    }

    static DataSource h2() {
        return org.tadworkbench.store.Databases.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    static synchronized DataSource postgres() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting; the temporary cluster goes with it
                    }
                }));
            }
            String database = "tad_" + UUID.randomUUID().toString().replace("-", "");
            try (var connection = postgres.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
                statement.execute("create database " + database);
            }
            DataSource dataSource = postgres.getDatabase("postgres", database);
            org.tadworkbench.store.Databases.migrate(dataSource);
            return dataSource;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
