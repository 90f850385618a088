package org.tadworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations made on parallel branches: a database migrated to V4 while V3 was still elsewhere takes V3 when it
 * arrives (Flyway's out-of-order), instead of refusing to start.
 */
class MigrationOrderTests {

    @TempDir
    Path migrations;

    @Test
    void aLowerVersionArrivingAfterAHigherOneIsStillApplied() throws Exception {
        for (String name : new String[] {"V1__workspace.sql", "V2__version_snapshots.sql", "V4__accounts.sql"}) {
            try (InputStream in = getClass().getResourceAsStream("/db/migration/" + name)) {
                Files.copy(in, migrations.resolve(name));
            }
        }
        DataSource database = new org.h2.jdbcx.JdbcDataSource();
        ((org.h2.jdbcx.JdbcDataSource) database).setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Databases.migrate(database, "filesystem:" + migrations);

        write("V3__from_another_branch.sql", "create table arrived_later (id integer primary key);");
        Databases.migrate(database, "filesystem:" + migrations);

        try (Connection connection = database.getConnection();
             ResultSet rs = connection.createStatement().executeQuery("select count(*) from arrived_later")) {
            assertThat(rs.next()).isTrue();
        }
    }

    private void write(String name, String sql) throws IOException {
        Files.writeString(migrations.resolve(name), sql);
    }
}
