package org.tadworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.document.Section;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.CommentTarget;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.workspace.Workspace;

/**
 * Two servers sharing one database, each with its own stores and snapshot: whatever one writes (a section edit, a
 * comment, a state change, an import, a new release), the other's next read shows, on H2 and on PostgreSQL; and a
 * read after no write reuses the snapshot instead of loading the workspace again.
 */
class WorkspaceSnapshotsIntegrationTests {

    private static final String WS = "sec-tad";
    private static final String SECTION = "4.2.1.7";

    private record Server(WorkspaceStore workspaces, GovernanceStore governance, WorkspaceSnapshots snapshots) {
        static Server on(DataSource dataSource) {
            WorkspaceStore workspaces = new WorkspaceStore(dataSource);
            return new Server(workspaces, new GovernanceStore(dataSource), new WorkspaceSnapshots(workspaces));
        }

        Workspace read() {
            return snapshots.current().workspace().orElseThrow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tadworkbench.store.TestDatabases#both")
    void aWriteThroughOneServerIsSeenByTheOthersNextRead(String name, TestDatabases.DatabaseFactory database) {
        DataSource dataSource = database.create();
        Server one = Server.on(dataSource);
        Server other = Server.on(dataSource);
        assertThat(other.snapshots().current().workspace()).isEmpty();

        new WorkspaceImporter(one.workspaces()).importFrom(TestWorkspaces.REFERENCE);
        WorkspaceSnapshots.Snapshot imported = other.snapshots().current();
        assertThat(imported.workspace().orElseThrow().manifest().id()).isEqualTo(WS);
        assertThat(other.snapshots().current()).as("no write since: the same snapshot").isSameAs(imported);

        one.governance().updateSection(WS, SECTION, 1, "The HHT is the Hand Held Terminal.\n", null, "dora");
        assertThat(body(other.read())).isEqualTo("The HHT is the Hand Held Terminal.\n");

        Workspace before = other.read();
        one.workspaces().replace(new Workspace(before.manifest(), before.sections(), before.glossary().subList(1,
                before.glossary().size()), before.references(), before.specs(), before.releases(), before.plan(), before.raid(),
                before.model(), before.traces(), before.snapshots(), before.governance()), "ian");
        assertThat(other.read().glossary()).hasSize(before.glossary().size() - 1);

        one.governance().changeState(WS, "3.0", DocumentState.INTERNAL_REVIEW, "dora", AccountRole.DRAFTER,
                LocalDate.of(2019, 3, 12));
        assertThat(other.read().governance().state("3.0")).contains(DocumentState.INTERNAL_REVIEW);

        one.governance().openConsultation(WS, "3.0", List.of("SEC Parties"), LocalDate.of(2019, 3, 12),
                LocalDate.of(2019, 4, 9), List.of("Is the HHT described correctly?"), "quinn", AccountRole.QUALITY_ASSURANCE);
        one.governance().addComment(WS, new Comment(0, "3.0", CommentTarget.SECTION, SECTION, "rita", "Energy Co",
                "Large Supplier", "Say which HHT.", null, null, null), AccountRole.RESPONDENT);
        assertThat(other.read().governance().comments()).extracting(Comment::text).containsExactly("Say which HHT.");

        var release = before.releases().get(0);
        one.workspaces().addRelease(WS, before.specs().baselines().get(0),
                new ReleaseImpacts("copy-of-" + release.release(), release.title(), release.notes(), release.impacts()),
                "ian");
        assertThat(other.read().release("copy-of-" + release.release())).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tadworkbench.store.TestDatabases#both")
    void derivedValuesAreComputedOncePerRevision(String name, TestDatabases.DatabaseFactory database) {
        Server server = Server.on(database.create());
        new WorkspaceImporter(server.workspaces()).importFrom(TestWorkspaces.REFERENCE);
        int[] computed = {0};
        WorkspaceSnapshots.Snapshot first = server.snapshots().current();
        String body = first.derived("body", ws -> {
            computed[0]++;
            return body(ws);
        });
        assertThat(server.snapshots().current().<String>derived("body", WorkspaceSnapshotsIntegrationTests::body)).isEqualTo(body);
        assertThat(computed[0]).isEqualTo(1);

        server.governance().updateSection(WS, SECTION, 1, "Edited.\n", null, "dora");
        assertThat(server.snapshots().current().<String>derived("body", WorkspaceSnapshotsIntegrationTests::body))
                .isEqualTo("Edited.\n");
    }

    private static String body(Workspace ws) {
        return ws.section(SECTION).map(Section::body).orElseThrow();
    }
}
