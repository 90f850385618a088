package org.tadworkbench.cli;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.tadworkbench.store.Databases;
import picocli.CommandLine.Option;

/** Where the database is: {@code --db-url} (or TAD_DB_URL), else an H2 file in {@code --data}. */
final class DatabaseOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Folder of the embedded H2 database (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "JDBC URL of the database, e.g. jdbc:postgresql://host/tad (default: TAD_DB_URL, else H2 in --data).")
    String dbUrl;

    String url() {
        return Databases.url(dbUrl, data);
    }

    DataSource open() {
        return Databases.open(url(), System.getenv("TAD_DB_USER"), System.getenv("TAD_DB_PASSWORD"));
    }
}
