package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tadworkbench.store.Databases;

/** The database option the first-administrator log line gives names the server's own database, never another. */
class FirstAdministratorNoticeTests {

    private static final Path DEFAULT = Path.of("/srv/tad/data");

    @Test
    void theDefaultDataFolderNeedsNoOption() {
        assertThat(FirstAdministratorNotice.databaseHint(Databases.h2Url(DEFAULT), DEFAULT)).isEmpty();
        assertThat(FirstAdministratorNotice.databaseHint("jdbc:h2:file:./data/tad;AUTO_SERVER=TRUE", Path.of("data"))).isEmpty();
    }

    @Test
    void anotherDataFolderIsNamedEvenWhenItIsAlsoCalledData() {
        assertThat(FirstAdministratorNotice.databaseHint(Databases.h2Url(Path.of("/some/where/data")), DEFAULT))
                .isEqualTo(" --data /some/where/data");
        assertThat(FirstAdministratorNotice.databaseHint(Databases.h2Url(Path.of("/tmp/it's here/data")), DEFAULT))
                .isEqualTo(" --data '/tmp/it'\\''s here/data'");
    }

    @Test
    void aDatabaseUrlIsNamedWithoutItsQueryWhichMayHoldCredentials() {
        assertThat(FirstAdministratorNotice.databaseHint("jdbc:postgresql://db.example/tad?password=secret", DEFAULT))
                .startsWith(" --db-url jdbc:postgresql://db.example/tad ").doesNotContain("secret")
                .contains("TAD_DB_USER");
        assertThat(FirstAdministratorNotice.databaseHint("jdbc:h2:mem:test", DEFAULT)).isEqualTo(" --db-url jdbc:h2:mem:test");
    }
}
