package org.tadworkbench.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;

/** A trace to clause 1, a specification's whole first chapter, is a likely placeholder: a warning at its clause. */
class PlaceholderClauseTests {

    @TempDir
    Path tmp;

    @Test
    void theReferenceWorkspaceCitesNoPlaceholderClause() {
        assertThat(new WorkspaceLinter().lint(TestWorkspaces.REFERENCE).findings())
                .noneMatch(f -> f.code().equals("placeholder-clause"));
    }

    @Test
    void aTraceToClauseOneIsAWarningAtItsClauseLineAndAChildClauseIsNot() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Path traces = ws.resolve("traces.yaml");
        long lines = Files.readAllLines(traces).size();
        Files.writeString(traces, """
                  - element: chf
                    document: CHTS
                    clause: "1"
                    kind: describes
                  - element: chf
                    document: CHTS
                    clause: "1.1"
                    kind: describes
                """, StandardOpenOption.APPEND);

        LintReport report = new WorkspaceLinter().lint(ws);

        assertThat(report.errors()).isZero();
        assertThat(report.findings()).filteredOn(f -> f.code().equals("placeholder-clause")).singleElement().satisfies(f -> {
            assertThat(f.isError()).isFalse();
            assertThat(f.file()).isEqualTo("traces.yaml");
            assertThat(f.line()).isEqualTo(lines + 3);
            assertThat(f.message()).contains("element chf", "clause 1 of CHTS");
        });
    }
}
