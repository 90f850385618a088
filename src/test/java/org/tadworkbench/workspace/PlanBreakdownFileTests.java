package org.tadworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tadworkbench.workspace.PlanYamlEdits.lineOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.lint.WorkspaceLinter;

/**
 * The work breakdown in plan.yaml as a person edits it: what is wrong is named with its line (an unknown lag unit,
 * link kind, constraint, parent or resource; a task under itself), and the workspace does not lint clean.
 */
class PlanBreakdownFileTests {

    @TempDir
    Path tmp;

    /** A copy of the reference workspace with {@code tasks} (YAML list items) added to its activities. */
    private Path withTasks(String tasks) throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        PlanYamlEdits.replace(ws, "budget:\n", "budget:\n", tasks);
        return ws;
    }

    private static List<String> errors(Path ws) {
        LintReport report = new WorkspaceLinter().lint(ws);
        return report.findings().stream().filter(f -> f.isError()).map(f -> f.line() + ": " + f.message()).toList();
    }

    @Test
    void aWellFormedBreakdownLintsClean() throws IOException {
        Path ws = withTasks("""
                  - id: P1
                    title: Phase one
                    start: 2019-06-03
                    end: 2019-06-14
                  - id: P1-a
                    parent: P1
                    title: First piece
                    assignments:
                      - resource: secas-core
                        effort: 2
                      - resource: secas-coe
                        effort: 1.5
                    start: 2019-06-03
                    end: 2019-06-07
                    constraint:
                      type: start-no-earlier-than
                      date: 2019-06-03
                    notes: Split between Core and CoE
                  - id: P1-b
                    parent: P1
                    title: Phase one done
                    kind: milestone
                    start: 2019-06-14
                    end: 2019-06-14
                    dependsOn:
                      - task: P1-a
                        type: FF
                        lag: 1w
                """);

        assertThat(errors(ws)).isEmpty();
        var plan = new WorkspaceReader().read(ws).workspace().plan();
        var piece = plan.activities().stream().filter(a -> a.id().equals("P1-a")).findFirst().orElseThrow();
        assertThat(piece.effort()).isEqualByComparingTo("3.5");
        assertThat(piece.parent()).isEqualTo("P1");
    }

    @Test
    void mistakesAreNamedWithTheirLine() throws IOException {
        Path ws = withTasks("""
                  - id: X1
                    parent: NOPE
                    title: Under a task that is not there
                    resource: nobody
                    effort: 1
                    start: 2019-06-03
                    end: 2019-06-07
                    dependsOn:
                      - task: M1-core
                        type: XY
                      - task: M1-coe
                        lag: 3 fortnights
                    constraint:
                      type: whenever
                """);

        List<String> errors = errors(ws);
        int type = lineOf(ws, "type: XY");
        int lag = lineOf(ws, "lag: 3 fortnights");
        int constraint = lineOf(ws, "type: whenever");
        assertThat(errors).anyMatch(e -> e.startsWith(type + ": ") && e.contains("FS, SS, FF, SF"));
        assertThat(errors).anyMatch(e -> e.startsWith(lag + ": ") && e.contains("2d"));
        assertThat(errors).anyMatch(e -> e.startsWith(constraint + ": ") && e.contains("start-no-earlier-than"));
    }

    @Test
    void unknownParentsResourcesAndLoopsAreErrors() throws IOException {
        Path ws = withTasks("""
                  - id: Y1
                    parent: Y2
                    title: One
                    resource: nobody
                    effort: 1
                    start: 2019-06-03
                    end: 2019-06-07
                  - id: Y2
                    parent: Y1
                    title: Two
                    start: 2019-06-03
                    end: 2019-06-07
                  - id: Y3
                    parent: NOPE
                    title: Three
                    start: 2019-06-03
                    end: 2019-06-07
                """);

        List<String> errors = errors(ws);
        assertThat(errors).anyMatch(e -> e.contains("activity Y1 books unknown resource 'nobody'"));
        assertThat(errors).anyMatch(e -> e.contains("activity Y3 sits under unknown task 'NOPE'"));
        assertThat(errors).anyMatch(e -> e.contains("sits, through its parents, under itself"));
    }
}
