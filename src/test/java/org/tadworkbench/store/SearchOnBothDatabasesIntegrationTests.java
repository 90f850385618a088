package org.tadworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.search.SearchIndex;
import org.tadworkbench.search.SearchRequest;
import org.tadworkbench.search.WorkspaceEntries;
import org.tadworkbench.workspace.Workspace;

/**
 * Search is answered from the workspace as loaded, not by the database, so the reference workspace stored in H2 and
 * in PostgreSQL gives the same results in the same order, with the same snippets.
 */
class SearchOnBothDatabasesIntegrationTests {

    private static final List<String> QUERIES = List.of("hand held terminal", "meters", "8.13", "SMETS2+",
            "\"extends the background\"", "SRV 6.14.1", "communications hub", "background zebrafish");

    @Test
    void theSameQueriesGiveTheSameResultsOnH2AndPostgreSql() {
        SearchIndex h2 = indexOf(TestDatabases.h2());
        SearchIndex postgres = indexOf(TestDatabases.postgres());
        for (String query : QUERIES) {
            var onH2 = h2.search(SearchRequest.of(query), e -> true);
            var onPostgres = postgres.search(SearchRequest.of(query), e -> true);
            assertThat(onPostgres).as(query).isEqualTo(onH2);
        }
        assertThat(h2.search(SearchRequest.of("hand held terminal"), e -> true).hits()).isNotEmpty();
    }

    private static SearchIndex indexOf(javax.sql.DataSource database) {
        WorkspaceStore store = new WorkspaceStore(database);
        assertThat(new WorkspaceImporter(store).importFrom(TestWorkspaces.REFERENCE).imported()).isTrue();
        Workspace loaded = store.load("sec-tad").orElseThrow();
        return SearchIndex.of(WorkspaceEntries.of(loaded));
    }
}
