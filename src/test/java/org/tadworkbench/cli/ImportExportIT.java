package org.tadworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;

/** {@code tad import} and {@code tad export} against the embedded H2 file database, as a user runs them. */
class ImportExportIT {

    @TempDir
    Path tmp;

    @Test
    void importThenExportReproducesTheReferenceWorkspace() throws IOException {
        String data = tmp.resolve("data").toString();

        CliRun imported = CliRun.of("import", TestWorkspaces.REFERENCE.toString(), "--data", data);
        CliRun exported = CliRun.of("export", "--data", data, "--out", tmp.resolve("out").toString());

        assertThat(imported.exitCode()).as(imported.all()).isZero();
        assertThat(imported.out()).contains("imported sec-tad").contains("56 impact rows");
        assertThat(exported.exitCode()).as(exported.all()).isZero();
        assertThat(relativeFiles(tmp.resolve("out"))).isEqualTo(relativeFiles(TestWorkspaces.REFERENCE));
        for (String file : relativeFiles(TestWorkspaces.REFERENCE)) {
            assertThat(Files.mismatch(TestWorkspaces.REFERENCE.resolve(file), tmp.resolve("out").resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    @Test
    void refusedImportSaysWhyAndKeepsWhatWasStored() throws IOException {
        String data = tmp.resolve("data").toString();
        CliRun.of("import", TestWorkspaces.REFERENCE.toString(), "--data", data);
        Path broken = TestWorkspaces.copyOfReference(tmp);
        Files.writeString(broken.resolve("specs.yaml"), "specs: {not: a list}\n");

        CliRun refused = CliRun.of("import", broken.toString(), "--data", data);
        CliRun exported = CliRun.of("export", "--data", data, "--out", tmp.resolve("out").toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).contains("specs.yaml:1: error: specification register: field 'specs' must be a list");
        assertThat(refused.err()).contains("import refused").contains("database is unchanged");
        assertThat(exported.exitCode()).isZero();
        assertThat(Files.readString(tmp.resolve("out/specs.yaml"))).isEqualTo(Files.readString(TestWorkspaces.REFERENCE.resolve("specs.yaml")));
    }

    @Test
    void exportNeedsSomethingStoredAndAnEmptyFolder() throws IOException {
        String data = tmp.resolve("data").toString();
        assertThat(CliRun.of("export", "--data", data, "--out", tmp.resolve("a").toString()).err()).contains("holds no workspace");

        CliRun.of("import", TestWorkspaces.REFERENCE.toString(), "--data", data);
        Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(tmp.resolve("busy/keep.txt"), "mine");
        CliRun run = CliRun.of("export", "--data", data, "--out", tmp.resolve("busy").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("not empty");
        assertThat(Files.readString(tmp.resolve("busy/keep.txt"))).isEqualTo("mine");
    }

    private static List<String> relativeFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
