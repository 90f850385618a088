package org.tadworkbench.store;

import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the workbench keeps its database: an H2 file under the data folder by default, or PostgreSQL by URL.
 * Used by the CLI without Spring; the server gets the same URL through Spring's configuration.
 */
public final class Databases {

    public static final String URL_VARIABLE = "TAD_DB_URL";

    private Databases() {
    }

    /** The JDBC URL: an explicit one wins, then TAD_DB_URL, then an H2 file in {@code dataDir}. */
    public static String url(String explicitUrl, Path dataDir) {
        if (explicitUrl != null && !explicitUrl.isBlank()) {
            return explicitUrl;
        }
        String fromEnvironment = System.getenv(URL_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        return h2Url(dataDir);
    }

    /**
     * The embedded file database in automatic mixed mode: the first process to open it serves it to the others over a
     * TCP port whose address and random key sit in the lock file (only who can read the data folder connects), so
     * {@code tad users add} works while {@code tad serve} holds the database instead of failing with "Database may be
     * already in use". H2 refuses DB_CLOSE_ON_EXIT=FALSE in this mode, so its own shutdown hook closes the file when
     * the JVM exits.
     */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + h2File(dataDir) + ";AUTO_SERVER=TRUE";
    }

    /** The data folder of an embedded file database URL made by {@link #h2Url}, when it is one. */
    public static Optional<Path> h2DataDir(String url) {
        if (url == null || !url.startsWith("jdbc:h2:file:")) {
            return Optional.empty();
        }
        int options = url.indexOf(';');
        Path file = Path.of(url.substring("jdbc:h2:file:".length(), options < 0 ? url.length() : options));
        return file.getFileName().toString().equals("tad") && file.getParent() != null
                ? Optional.of(file.getParent()) : Optional.empty();
    }

    private static Path h2File(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve("tad");
    }

    /** A data source for the URL, with the schema migrated to the current version. */
    public static DataSource open(String url, String user, String password) {
        DataSource dataSource = dataSource(url, user, password);
        migrate(dataSource);
        return dataSource;
    }

    public static void migrate(DataSource dataSource) {
        migrate(dataSource, "classpath:db/migration");
    }

    /**
     * Out of order, as the server does ({@code spring.flyway.out-of-order=true}): migrations written on parallel
     * branches (V3 and V4 of issue 7) touch separate tables, and a database that already ran the higher version must
     * still take the lower one when it arrives, rather than refuse to start.
     */
    static void migrate(DataSource dataSource, String location) {
        Flyway.configure().dataSource(dataSource).locations(location).outOfOrder(true).load().migrate();
    }

    private static DataSource dataSource(String url, String user, String password) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user == null ? "sa" : user);
            h2.setPassword(password == null ? "" : password);
            return h2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            if (user != null) {
                postgres.setUser(user);
            }
            if (password != null) {
                postgres.setPassword(password);
            }
            return postgres;
        }
        throw new IllegalArgumentException("unsupported database URL '" + url + "': use jdbc:h2:... or jdbc:postgresql:...");
    }
}
