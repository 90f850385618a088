package org.tadworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.review.AuditEntry;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.CommentTarget;
import org.tadworkbench.review.Consultation;
import org.tadworkbench.review.Disposition;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.review.Governance;
import org.tadworkbench.workspace.WorkspaceReader;
import org.tadworkbench.workspace.WorkspaceWriter;

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
    void governanceComesBackByteForByteAndAnImportWithoutItIsRefused() throws IOException {
        String data = tmp.resolve("data").toString();
        Path withReview = tmp.resolve("with-review");
        Instant at = Instant.parse("2019-03-14T10:15:30.123Z");
        var reference = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace();
        var governance = new Governance(
                Map.of("3.0", DocumentState.CONSULTATION),
                List.of(Consultation.plan(1, "3.0", List.of("SEC Parties"), LocalDate.of(2019, 3, 12),
                        LocalDate.of(2019, 4, 9), List.of("Is section 4.2.1.7 right?"))),
                List.of(new Comment(1, "3.0", CommentTarget.SECTION, "4.2.1.7",
                        "rita", "Energy Co", "Large Supplier", "Say *which* HHT: <script>x</script>", null, at, 1L)),
                List.of(new Disposition(1, Disposition.Outcome.NOTED, "Thanks.",
                        null, "4.2.1.7", 1, "dora", at)),
                List.of(), List.of(),
                List.of(new AuditEntry(1, at, "rita", "comment-added", "comment", "1", null, "{}")));
        new WorkspaceWriter().write(reference.withGovernance(governance), withReview);

        CliRun imported = CliRun.of("import", withReview.toString(), "--data", data);
        CliRun exported = CliRun.of("export", "--data", data, "--out", tmp.resolve("out").toString());
        CliRun withoutReview = CliRun.of("import", TestWorkspaces.REFERENCE.toString(), "--data", data);

        assertThat(imported.exitCode()).as(imported.all()).isZero();
        assertThat(exported.exitCode()).as(exported.all()).isZero();
        assertThat(relativeFiles(tmp.resolve("out"))).isEqualTo(relativeFiles(withReview)).contains("review/comments.yaml");
        for (String file : relativeFiles(withReview)) {
            assertThat(Files.mismatch(withReview.resolve(file), tmp.resolve("out").resolve(file))).as(file).isEqualTo(-1L);
        }
        assertThat(withoutReview.exitCode()).isEqualTo(1);
        assertThat(withoutReview.err()).contains("the import would lose recorded governance of workspace 'sec-tad': "
                + "consultation 1 is not in its review/ files");
    }

    @Test
    void picturesComeBackByteForByte() throws IOException {
        String data = tmp.resolve("data").toString();
        Path withPictures = tmp.resolve("with-pictures");
        var reference = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace();
        var section = reference.sections().get(0);
        var shown = new org.tadworkbench.document.Section(section.number(), section.title(), section.applicability(),
                section.references(), section.elements(), section.body() + "\n![Figure 1 The layers](figures/layers.png)\n");
        List<org.tadworkbench.document.Section> sections = new java.util.ArrayList<>(reference.sections());
        sections.set(0, shown);
        byte[] png = org.tadworkbench.TestPictures.png(30, 20);
        new WorkspaceWriter().write(reference.withSections(sections)
                .withPictures(List.of(new org.tadworkbench.document.Picture("figures/layers.png", png))), withPictures);

        CliRun imported = CliRun.of("import", withPictures.toString(), "--data", data);
        CliRun exported = CliRun.of("export", "--data", data, "--out", tmp.resolve("out").toString());

        assertThat(imported.exitCode()).as(imported.all()).isZero();
        assertThat(imported.out()).contains("56 impact rows, 1 picture");
        assertThat(exported.exitCode()).as(exported.all()).isZero();
        assertThat(relativeFiles(tmp.resolve("out"))).isEqualTo(relativeFiles(withPictures)).contains("figures/layers.png");
        for (String file : relativeFiles(withPictures)) {
            assertThat(Files.mismatch(withPictures.resolve(file), tmp.resolve("out").resolve(file))).as(file).isEqualTo(-1L);
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
