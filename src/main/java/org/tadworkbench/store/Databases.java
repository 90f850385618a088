package org.tadworkbench.store;

import java.nio.file.Path;
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

    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("tad") + ";DB_CLOSE_ON_EXIT=FALSE";
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
