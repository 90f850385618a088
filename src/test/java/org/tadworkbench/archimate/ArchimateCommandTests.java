package org.tadworkbench.archimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.cli.CliRun;
import org.tadworkbench.generate.GeneratorSize;
import org.tadworkbench.generate.WorkspaceGenerator;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.workspace.WorkspaceReader;
import org.tadworkbench.workspace.WorkspaceWriter;

/** {@code tad model WS archimate-export} and {@code archimate-import}, run as a user would. */
class ArchimateCommandTests {

    @TempDir
    Path tmp;

    private Path workspace;

    @BeforeEach
    void writeGeneratedWorkspace() throws IOException {
        workspace = tmp.resolve("ws");
        new WorkspaceWriter().write(new WorkspaceGenerator().generate(new GeneratorSize(30, 60, 120, 120, 11)), workspace);
    }

    @Test
    void exportThenImportLeavesTheModelAsItWasAndTheWorkspaceClean() throws IOException {
        ArchitectureModel before = new WorkspaceReader().read(workspace).workspace().model();
        Path file = tmp.resolve("out/model.xml");

        CliRun export = run("model", workspace.toString(), "archimate-export", "--out", file.toString());
        CliRun imported = run("model", workspace.toString(), "archimate-import", file.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).isEqualTo("wrote 60 elements, 120 relationships, " + before.views().size()
                + " views to " + file + "\n");
        assertThat(ExchangeStructure.problems(Files.readString(file, StandardCharsets.UTF_8))).isEmpty();
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("merged " + file + " into " + workspace
                + ": elements 0 added, 0 updated, 60 unchanged; relationships 0 added, 0 updated, 120 unchanged; views 0 added, 0 updated, "
                + before.views().size() + " unchanged (0 model file(s) written)\n");
        assertThat(new WorkspaceLinter().lint(workspace).findings()).isEmpty();
        assertThat(new WorkspaceReader().read(workspace).workspace().model()).isEqualTo(before);
    }

    @Test
    void importingAnArchiFileAddsItsModelAndWarnsAboutWhatItLeftOut() throws IOException {
        Path fixture = ArchiFileImportTests.FIXTURE;

        CliRun first = run("model", workspace.toString(), "archimate-import", fixture.toString());
        CliRun second = run("model", workspace.toString(), "archimate-import", fixture.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("elements 13 added, 0 updated, 0 unchanged", "relationships 13 added", "views 2 added");
        assertThat(first.err()).contains("warning: relationship 'id-b4c5d6e7f8a94b0213243546576879801' connects to relationship");
        assertThat(new WorkspaceLinter().lint(workspace).findings()).isEmpty();
        assertThat(second.out()).contains("elements 0 added, 0 updated, 13 unchanged", "(0 model file(s) written)");
    }

    @Test
    void aBadFileFailsWithOneLineAndLeavesTheWorkspaceUntouched() throws IOException {
        Map<String, String> before = files(workspace);
        Path bad = Path.of("src/test/resources/archimate/malformed.xml");

        CliRun run = run("model", workspace.toString(), "archimate-import", bad.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("tad: " + bad + ": line 6, column 34: not well-formed XML: "
                + "The element type \"name\" must be terminated by the matching end-tag \"</name>\".\n");
        assertThat(files(workspace)).isEqualTo(before);
    }

    @Test
    void aFileThatWouldBreakTheModelIsRefusedAndTheWorkspaceUntouched() throws IOException {
        // e1 and e2 exist in the generated workspace; part-of both ways is a cycle the linter refuses.
        Path cycle = tmp.resolve("cycle.xml");
        Files.writeString(cycle, """
                <model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">
                  <name>Cycle</name>
                  <elements>
                    <element identifier="id-x1" xsi:type="Grouping"><name>X1</name></element>
                    <element identifier="id-x2" xsi:type="Grouping"><name>X2</name></element>
                  </elements>
                  <relationships>
                    <relationship identifier="id-c1" source="id-x1" target="id-x2" xsi:type="Composition"/>
                    <relationship identifier="id-c2" source="id-x2" target="id-x1" xsi:type="Aggregation"/>
                  </relationships>
                </model>
                """, StandardCharsets.UTF_8);
        Map<String, String> before = files(workspace);

        CliRun run = run("model", workspace.toString(), "archimate-import", cycle.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("tad: " + cycle + ": the merged model would not lint clean; the workspace is unchanged:")
                .contains("cycle of part-of");
        assertThat(files(workspace)).isEqualTo(before);
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                contents.put(dir.relativize(path).toString(), Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        return contents;
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
