package org.tadworkbench.mspdi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.cli.Main;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.plan.Milestone;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.workspace.WorkspaceReader;

/** {@code tad plan WS --export-mspdi / --import} on a copy of the reference workspace, as a user runs them. */
class MspdiCommandLineTests {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run tad(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void exportThenImportKeepsTheWorkspaceLintingClean() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Path xml = tmp.resolve("plan.xml");

        Run export = tad("plan", ws.toString(), "--export-mspdi", xml.toString());
        assertThat(export.code()).as(export.err()).isZero();
        String text = Files.readString(xml);
        assertThat(text).contains("schemas.microsoft.com/project");
        assertThat(text.split("<Milestone>1</Milestone>", -1).length - 1).isGreaterThanOrEqualTo(7);

        Plan before = new WorkspaceReader().read(ws).workspace().plan();
        Run dryRun = tad("plan", ws.toString(), "--import", xml.toString());
        assertThat(dryRun.code()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("No change to the plan.").contains("Dry run: plan.yaml not changed");
        Run imported = tad("plan", ws.toString(), "--import", xml.toString(), "--apply");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported").contains("7 milestones");

        assertThat(new WorkspaceLinter().lint(ws).clean()).isTrue();
        assertThat(tad("lint", ws.toString()).code()).isZero();
        assertThat(new WorkspaceReader().read(ws).workspace().plan()).isEqualTo(before);
        assertThat(leftovers(ws)).isEmpty();
    }

    @Test
    void malformedFileIsRefusedInOneLineAndNothingIsWritten() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        String planBefore = Files.readString(ws.resolve("plan.yaml"));
        Path bad = tmp.resolve("bad.xml");
        Files.writeString(bad, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Project>&e;</Project>");

        Run run = tad("plan", ws.toString(), "--import", bad.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("tad: bad.xml: ").doesNotContain("\n").doesNotContain("root:");
        assertThat(Files.readString(ws.resolve("plan.yaml"))).isEqualTo(planBefore);
    }

    @Test
    void importThatWouldBreakTheWorkspaceIsRefusedAndNothingIsWritten() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        String planBefore = Files.readString(ws.resolve("plan.yaml"));
        Plan plan = new WorkspaceReader().read(ws).workspace().plan();
        List<Milestone> broken = new ArrayList<>(plan.milestones());
        Milestone m1 = broken.get(0);
        broken.set(0, m1.withWindow(m1.start(), m1.start().minusDays(10))); // M1 would end before it starts
        Path xml = tmp.resolve("broken.xml");
        try (OutputStream out = Files.newOutputStream(xml)) {
            MspdiExporter.write(plan.withMilestones(broken), out);
        }

        Run run = tad("plan", ws.toString(), "--import", xml.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("M1").contains("plan.yaml not changed");
        assertThat(Files.readString(ws.resolve("plan.yaml"))).isEqualTo(planBefore);
        assertThat(leftovers(ws)).isEmpty();
    }

    private static List<Path> leftovers(Path ws) throws IOException {
        try (var files = Files.list(ws)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
