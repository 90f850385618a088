package org.tadworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.document.Section;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ImpactStatus;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.spec.Baseline;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceReader;
import org.tadworkbench.workspace.WorkspaceWriter;

/** Workspaces in the database, on H2 and on PostgreSQL: lossless, and all-or-nothing. */
class WorkspaceStoreIntegrationTests {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tadworkbench.store.TestDatabases#both")
    void referenceWorkspaceSurvivesImportAndExportByteForByte(String name, TestDatabases.DatabaseFactory database) throws IOException {
        WorkspaceStore store = new WorkspaceStore(database.create());

        ImportResult result = new WorkspaceImporter(store).importFrom(TestWorkspaces.REFERENCE);

        assertThat(result.imported()).isTrue();
        assertThat(result.stored()).containsEntry("section", filesUnder("sections").size());
        Workspace loaded = store.load("sec-tad").orElseThrow();
        assertThat(new WorkspaceWriter().render(loaded)).isEqualTo(filesOf(TestWorkspaces.REFERENCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tadworkbench.store.TestDatabases#both")
    void picturesAreStoredWithTheirBytesAndReplacedWithTheWorkspace(String name, TestDatabases.DatabaseFactory database) {
        WorkspaceStore store = new WorkspaceStore(database.create());
        Workspace reference = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace();
        byte[] large = new byte[3 * 1024 * 1024 + 7]; // larger than a page or a default column: the whole file comes back
        new java.util.Random(15).nextBytes(large);
        large[0] = (byte) 0x89;
        List<org.tadworkbench.document.Picture> pictures = List.of(
                new org.tadworkbench.document.Picture("figures/layers.png", large),
                new org.tadworkbench.document.Picture("figures/2.0/figure-1.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                        .getBytes(StandardCharsets.UTF_8)));

        store.replace(reference.withPictures(pictures), "tester");
        Workspace loaded = store.load("sec-tad").orElseThrow();
        store.replace(reference.withPictures(pictures.subList(1, 2)), "tester");
        Workspace replaced = store.load("sec-tad").orElseThrow();

        assertThat(loaded.pictures()).isEqualTo(pictures.stream()
                .sorted(java.util.Comparator.comparing(org.tadworkbench.document.Picture::path)).toList());
        assertThat(loaded.picture("figures/layers.png").orElseThrow().bytes()).isEqualTo(large);
        assertThat(replaced.pictures()).extracting(org.tadworkbench.document.Picture::path).containsExactly("figures/2.0/figure-1.svg");
        assertThat(replaced.governance().audit()).extracting(org.tadworkbench.review.AuditEntry::action).contains("workspace-imported");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tadworkbench.store.TestDatabases#both")
    void importWithLintErrorsLeavesTheDatabaseExactlyAsBefore(String name, TestDatabases.DatabaseFactory database) throws IOException {
        DataSource dataSource = database.create();
        WorkspaceStore store = new WorkspaceStore(dataSource);
        new WorkspaceImporter(store).importFrom(TestWorkspaces.REFERENCE);
        Map<String, String> before = snapshot(dataSource);
        Path broken = TestWorkspaces.copyOfReference(tmp);
        Files.writeString(broken.resolve("sections/4.2.1.7-hand-held-terminal-hht.md"), "---\nnumber: [\n---\n");
        Files.writeString(broken.resolve("glossary.yaml"), "terms: []\n");

        ImportResult result = new WorkspaceImporter(store).importFrom(broken);

        assertThat(result.imported()).isFalse();
        assertThat(result.report().errors()).isPositive();
        assertThat(snapshot(dataSource)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tadworkbench.store.TestDatabases#both")
    void failureHalfWayThroughAnImportRollsEverythingBack(String name, TestDatabases.DatabaseFactory database) {
        DataSource dataSource = database.create();
        WorkspaceStore store = new WorkspaceStore(dataSource);
        new WorkspaceImporter(store).importFrom(TestWorkspaces.REFERENCE);
        Map<String, String> before = snapshot(dataSource);
        Workspace reference = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace();
        // Valid as a workspace, but the last section's title is too long for its column: the insert fails
        // after the workspace row and the registers have already been replaced inside the transaction.
        List<Section> sections = new ArrayList<>(reference.sections());
        Section last = sections.remove(sections.size() - 1);
        sections.add(new Section(last.number(), "x".repeat(5000), last.applicability(), last.references(), last.elements(), last.body()));
        Workspace tooLong = new Workspace(reference.manifest(), sections, List.of(), reference.references(), reference.specs(),
                reference.releases(), reference.plan(), reference.raid(), reference.model(), reference.traces(), reference.snapshots());

        assertThatThrownBy(() -> store.replace(tooLong, "tester")).isInstanceOf(StoreException.class);

        assertThat(snapshot(dataSource)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tadworkbench.store.TestDatabases#both")
    void statusChangesAndNewReleasesSurviveTheRoundTripToFiles(String name, TestDatabases.DatabaseFactory database) {
        javax.sql.DataSource dataSource = database.create();
        WorkspaceStore store = new WorkspaceStore(dataSource);
        GovernanceStore governance = new GovernanceStore(dataSource);
        new WorkspaceImporter(store).importFrom(TestWorkspaces.REFERENCE);
        Workspace reference = store.load("sec-tad").orElseThrow();
        ImpactRow a20 = reference.release("smets1-services").orElseThrow().impacts().stream()
                .filter(r -> r.id().equals("A20")).findFirst().orElseThrow();
        ReleaseImpacts mp = new ReleaseImpacts("mp-test", "A Modification Proposal", List.of(), List.of(a20));

        governance.changeImpactStatus("sec-tad", "smets1-services", "A20", ImpactStatus.DRAFTING, "dora",
                org.tadworkbench.account.AccountRole.DRAFTER);
        assertThatThrownBy(() -> governance.changeImpactStatus("sec-tad", "smets1-services", "A99", ImpactStatus.DRAFTING,
                "dora", org.tadworkbench.account.AccountRole.DRAFTER)).hasMessage("release smets1-services has no impact row A99");
        store.addRelease("sec-tad", new Baseline("mp-test", "MP test", null), mp, "dora");

        Workspace after = store.load("sec-tad").orElseThrow();
        assertThat(after.release("smets1-services").orElseThrow().impacts()).filteredOn(r -> r.id().equals("A20"))
                .singleElement().extracting(ImpactRow::status).isEqualTo(ImpactStatus.DRAFTING);
        assertThat(after.release("mp-test").orElseThrow().impacts()).containsExactly(a20);
        assertThat(after.specs().baseline("mp-test")).isPresent();
        assertThat(governance.auditTrail("sec-tad")).extracting(e -> e.actor() + " " + e.action() + " " + e.subjectId())
                .endsWith("dora impact-status-changed smets1-services/A20", "dora release-added mp-test");
        assertThat(new org.tadworkbench.lint.WorkspaceLinter().lint(new org.tadworkbench.workspace.ReadResult(after, List.of(),
                new org.tadworkbench.workspace.Locations())).errors()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tadworkbench.store.TestDatabases#both")
    void aSnapshotKeepsItsOwnModelAndGlossaryInTheDatabaseAndATextOnlyOneStaysTextOnly(String name,
                                                                                        TestDatabases.DatabaseFactory database) {
        WorkspaceStore store = new WorkspaceStore(database.create());
        Workspace reference = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace();
        org.tadworkbench.workspace.VersionSnapshot kept = reference.snapshot("2.0").orElseThrow();

        store.replace(reference, "tester");
        Workspace loaded = store.load("sec-tad").orElseThrow();
        assertThat(loaded.snapshot("2.0")).contains(kept);
        assertThat(loaded.modelOf("2.0")).isEqualTo(kept.model()).isNotEqualTo(loaded.model());

        store.replace(reference.withVersions(reference.manifest(),
                List.of(new org.tadworkbench.workspace.VersionSnapshot("2.0", kept.sections()))), "tester");
        Workspace textOnly = store.load("sec-tad").orElseThrow();
        assertThat(textOnly.snapshot("2.0").orElseThrow().keptModel()).isEmpty();
        assertThat(textOnly.snapshot("2.0").orElseThrow().keptGlossary()).isEmpty();
        assertThat(textOnly.modelOf("2.0")).isEqualTo(reference.model());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tadworkbench.store.TestDatabases#both")
    void ingestedSpecificationTextSurvivesTheDatabaseByteForByte(String name, TestDatabases.DatabaseFactory database) {
        WorkspaceStore store = new WorkspaceStore(database.create());
        Workspace reference = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace();
        org.tadworkbench.spec.ClauseTree text = new org.tadworkbench.spec.ClauseTree("DUIS", "3.0d3", "duis.md (md)", List.of(
                new org.tadworkbench.spec.SpecClause("1.4", "Variation of requirements", 2, "", "line 20"),
                new org.tadworkbench.spec.SpecClause("1.4.2", "Service requests \"not\" available", 3,
                        "The central system shall not offer SRV 8.13.\n\n| SRV | SMETS1 |\n|---|---|\n| 8.13 | no |", "line 28")));
        Workspace withText = reference.withSpecs(reference.specs().withText(text));

        store.replace(withText, "tester");
        Workspace loaded = store.load("sec-tad").orElseThrow();

        assertThat(loaded.specs().texts()).containsExactly(text);
        assertThat(new WorkspaceWriter().render(loaded)).isEqualTo(new WorkspaceWriter().render(withText));
    }

    /** Every row of every table, as text: what "exactly as before" means. */
    private static Map<String, String> snapshot(DataSource dataSource) {
        Map<String, String> tables = new TreeMap<>();
        for (String table : List.of("workspace", "workspace_part", "section", "snapshot_section", "snapshot_part", "spec_text", "release_register", "impact_row")) {
            try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                 var rs = statement.executeQuery("select * from " + table + " order by 1, 2")) {
                StringBuilder rows = new StringBuilder();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rows.append(rs.getString(i)).append('|');
                    }
                    rows.append('\n');
                }
                tables.put(table, rows.toString());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return tables;
    }

    private static List<Path> filesUnder(String folder) throws IOException {
        try (Stream<Path> files = Files.list(TestWorkspaces.REFERENCE.resolve(folder))) {
            return files.toList();
        }
    }

    private static SortedMap<String, String> filesOf(Path dir) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
