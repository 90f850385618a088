package org.tadworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.VersionStatus;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceReader;

/** {@code tad versions new}: the next draft starts from the live version, and only once nothing newer is drafted. */
class VersionsCommandTests {

    @TempDir
    Path tmp;

    @Test
    void refusedWhileADraftExistsAndNothingChanges() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        String manifest = Files.readString(ws.resolve("workspace.yaml"));

        CliRun run = CliRun.of("versions", "new", ws.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("version 3.0 is already being drafted");
        assertThat(Files.readString(ws.resolve("workspace.yaml"))).isEqualTo(manifest);
        assertThat(ws.resolve("versions/3.0")).doesNotExist();
    }

    @Test
    void onceLiveTheNextDraftOpensWithASnapshotOfTheLiveTextAndModel() throws IOException {
        Path ws = liveThree();

        CliRun run = CliRun.of("versions", "new", ws.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"opened\" : \"3.1\"").contains("\"from\" : \"3.0\"");
        Workspace after = new WorkspaceReader().read(ws).workspace();
        assertThat(after.manifest().currentVersion()).get().extracting(DocumentVersion::version, DocumentVersion::status)
                .containsExactly("3.1", VersionStatus.DRAFT);
        assertThat(after.sectionsOf("3.0")).contains(after.sections());
        assertThat(after.modelOf("3.0")).isEqualTo(after.model());
        assertThat(Files.readString(ws.resolve("versions/3.0/model/elements.yaml")))
                .isEqualTo(Files.readString(ws.resolve("model/elements.yaml")));
        assertThat(after.snapshot("2.0")).isEqualTo(new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace().snapshot("2.0"));
        assertThat(new WorkspaceLinter().lint(ws).errors()).isZero();

        CliRun again = CliRun.of("versions", "new", ws.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("version 3.1 is already being drafted");
    }

    @Test
    void startsOnlyFromTheLiveVersionAndAboveIt() throws IOException {
        Path ws = liveThree();

        CliRun fromOld = CliRun.of("versions", "new", ws.toString(), "--from", "2.0");
        CliRun below = CliRun.of("versions", "new", ws.toString(), "--as", "2.5");

        assertThat(fromOld.exitCode()).isEqualTo(1);
        assertThat(fromOld.err()).contains("version 2.0 is superseded, not live");
        assertThat(below.exitCode()).isEqualTo(1);
        assertThat(below.err()).contains("'2.5' cannot follow version 3.0");
        try (Stream<Path> versions = Files.list(ws.resolve("versions"))) {
            assertThat(versions.map(p -> p.getFileName().toString())).containsExactly("2.0");
        }
    }

    @Test
    void aNamedVersionIsOpenedAsGiven() throws IOException {
        Path ws = liveThree();

        CliRun run = CliRun.of("versions", "new", ws.toString(), "--from", "3.0", "--as", "4.0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("opened draft version 4.0 from live version 3.0");
    }

    /** The reference workspace after 3.0 went live. */
    private Path liveThree() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Path manifest = ws.resolve("workspace.yaml");
        String text = Files.readString(manifest).replace("status: live", "status: superseded").replace("status: draft", "status: live");
        Files.writeString(manifest, text);
        return ws;
    }
}
