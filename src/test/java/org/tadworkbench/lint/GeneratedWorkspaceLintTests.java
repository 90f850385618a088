package org.tadworkbench.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tadworkbench.generate.GeneratorSize;
import org.tadworkbench.generate.WorkspaceGenerator;
import org.tadworkbench.workspace.WorkspaceWriter;

/** Whatever the seed, the generator writes a workspace that lints without errors: benchmarks measure valid input. */
class GeneratedWorkspaceLintTests {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2019})
    void generatedWorkspacesLintClean(long seed) throws IOException {
        new WorkspaceWriter().write(new WorkspaceGenerator().generate(new GeneratorSize(300, 50, 500, 1000, seed)), tmp);

        LintReport report = new WorkspaceLinter().lint(tmp);

        assertThat(report.findings()).isEmpty();
    }

    @ParameterizedTest(name = "{0} tasks")
    @ValueSource(ints = {1, 57, 400})
    void generatedWorkBreakdownsLintCleanAndHoldTheTasksAskedFor(int tasks) throws IOException {
        var workspace = new WorkspaceGenerator().generate(new GeneratorSize(20, 0, 0, 0, 7, tasks));
        new WorkspaceWriter().write(workspace, tmp);

        assertThat(new WorkspaceLinter().lint(tmp).findings()).isEmpty();
        assertThat(workspace.plan().activities()).hasSize(tasks);
        assertThat(new org.tadworkbench.plan.WorkBreakdown(workspace.plan().activities()).outline())
                .containsExactlyElementsOf(workspace.plan().activities());
    }
}
