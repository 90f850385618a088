package org.tadworkbench.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.workspace.Finding;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.WorkspaceReader;
import org.tadworkbench.workspace.internal.CanonicalYaml;
import org.tadworkbench.workspace.internal.RegisterCodecs;

/** specs.yaml's designation and note: read by line, written back canonically, and bad values named by file and line. */
class SpecRegisterFileTests {

    @TempDir
    Path tmp;

    @Test
    void designationAndNoteAreReadAndAnAbsentDesignationMeansOther() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Files.writeString(ws.resolve("specs.yaml"), """
                baselines: []
                specs:
                  - id: CHTS
                    title: Communications Hub Technical Specifications
                    kind: technical-specification
                    designation: technical-specification
                    versions: []
                  - id: COCO
                    title: A Code of Connection
                    kind: sec-appendix
                    designation: technical-code-specification
                    note: no version is known
                    versions: []
                  - id: SEC-F
                    title: SEC Section F
                    kind: sec-section
                    versions: []
                """);

        ReadResult read = new WorkspaceReader().read(ws);

        SpecRegister register = read.workspace().specs();
        assertThat(register.specs()).extracting(Specification::designation).containsExactly(
                SpecDesignation.TECHNICAL_SPECIFICATION, SpecDesignation.TECHNICAL_CODE_SPECIFICATION, SpecDesignation.OTHER);
        assertThat(register.specs()).extracting(s -> s.designation().isTechnicalCodeSpecification()).containsExactly(true, true, false);
        assertThat(register.spec("COCO").orElseThrow().note()).isEqualTo("no version is known");
    }

    @Test
    void writingLeavesOutTheDefaultDesignationAndKeepsTheRest() {
        Specification neither = new Specification("SEC-F", "SEC Section F", SpecKind.SEC_SECTION, null, List.of());
        Specification coco = new Specification("COCO", "A Code of Connection", SpecKind.SEC_APPENDIX,
                SpecDesignation.TECHNICAL_CODE_SPECIFICATION, "N", "no version is known", List.of());

        String written = CanonicalYaml.write(RegisterCodecs.writeSpecs(new SpecRegister(List.of(), List.of(neither, coco))));

        assertThat(written).isEqualTo("""
                baselines: []
                specs:
                  - id: SEC-F
                    title: SEC Section F
                    kind: sec-section
                    versions: []
                  - id: COCO
                    title: A Code of Connection
                    kind: sec-appendix
                    designation: technical-code-specification
                    appendix: N
                    note: no version is known
                    versions: []
                """);
    }

    @Test
    void anUnknownDesignationIsAnErrorNamingFileAndLine() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Path specs = ws.resolve("specs.yaml");
        List<String> lines = Files.readAllLines(specs);
        int line = lines.indexOf("    designation: technical-specification") + 1;
        lines.set(line - 1, "    designation: tcs");
        Files.write(specs, lines);

        ReadResult read = new WorkspaceReader().read(ws);

        assertThat(line).isPositive();
        assertThat(read.findings()).filteredOn(f -> f.level() == Finding.Level.ERROR).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("specs.yaml");
            assertThat(f.line()).isEqualTo(line);
            assertThat(f.message()).contains("designation 'tcs' is not one of technical-specification, "
                    + "technical-code-specification, other");
        });
    }
}
