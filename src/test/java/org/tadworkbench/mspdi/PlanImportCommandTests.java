package org.tadworkbench.mspdi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.cli.CliRun;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.LinkType;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.workspace.WorkspaceReader;

/**
 * {@code tad plan WS --import FILE [--apply] [--json]} with a plan as a project manager builds it in MS Project (a
 * summary task holding two tasks linked start-to-start with a lag, a milestone, a resource with its rate): the dry
 * run says what would change and writes nothing; --apply writes the breakdown into plan.yaml, which still lints.
 */
class PlanImportCommandTests {

    @TempDir
    Path tmp;

    private static CliRun tad(String... args) {
        return CliRun.of(args);
    }

    private Path projectManagersPlan() throws Exception {
        ProjectFile project = new ProjectFile();
        project.addDefaultBaseCalendar();
        Resource analyst = project.addResource();
        analyst.setName("Analyst");
        org.mpxj.CostRateTable rates = new org.mpxj.CostRateTable();
        rates.add(new org.mpxj.CostRateTableEntry(org.mpxj.CostRateTableEntry.DEFAULT_ENTRY.getStartDate(),
                org.mpxj.CostRateTableEntry.DEFAULT_ENTRY.getEndDate(), 0, new org.mpxj.Rate(100, TimeUnit.HOURS)));
        analyst.setCostRateTable(0, rates);
        Task phase = project.addTask();
        phase.setName("Design phase");
        Task draft = phase.addTask();
        draft.setName("Draft the design");
        draft.setStart(LocalDateTime.of(2026, 3, 2, 8, 0));
        draft.setFinish(LocalDateTime.of(2026, 3, 6, 17, 0));
        draft.setDuration(Duration.getInstance(5, TimeUnit.DAYS));
        draft.setPercentageComplete(40);
        draft.setNotes("Agreed with TABASC");
        ResourceAssignment work = draft.addResourceAssignment(analyst);
        work.setWork(Duration.getInstance(24, TimeUnit.HOURS));
        Task review = phase.addTask();
        review.setName("Review the design");
        review.setStart(LocalDateTime.of(2026, 3, 4, 8, 0));
        review.setFinish(LocalDateTime.of(2026, 3, 10, 17, 0));
        review.setDuration(Duration.getInstance(5, TimeUnit.DAYS));
        review.addPredecessor(new Relation.Builder().predecessorTask(draft).type(RelationType.START_START)
                .lag(Duration.getInstance(2, TimeUnit.DAYS)));
        Task signedOff = phase.addTask();
        signedOff.setName("Design signed off");
        signedOff.setMilestone(true);
        signedOff.setStart(LocalDateTime.of(2026, 3, 10, 17, 0));
        signedOff.setFinish(LocalDateTime.of(2026, 3, 10, 17, 0));
        signedOff.setDuration(Duration.getInstance(0, TimeUnit.DAYS));
        signedOff.addPredecessor(new Relation.Builder().predecessorTask(review).type(RelationType.FINISH_START));
        phase.setSummary(true);
        phase.setStart(draft.getStart());
        phase.setFinish(signedOff.getFinish());
        Path file = tmp.resolve("design.xml");
        new MSPDIWriter().write(project, file.toFile());
        return file;
    }

    @Test
    void theDryRunSaysWhatWouldChangeAndWritesNothing() throws Exception {
        Path ws = TestWorkspaces.copyOfReference(tmp.resolve("dry"));
        String before = Files.readString(ws.resolve("plan.yaml"));

        CliRun dry = tad("plan", ws.toString(), "--import", projectManagersPlan().toString());

        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("4 tasks, 1 resources, 1 assignments, 2 dependencies")
                .contains("WARNING: this import REMOVES 11 recorded actuals (46.5 Working Days already spent")
                .contains("WARNING: this import REMOVES 12 of the plan's 12 tasks")
                .contains("tasks: 4 added, 12 removed")
                .contains("added task", "'Design phase'", "'Review the design'")
                .contains("Dry run: plan.yaml not changed");
        assertThat(Files.readString(ws.resolve("plan.yaml"))).isEqualTo(before);

        CliRun json = tad("plan", ws.toString(), "--import", projectManagersPlan().toString(), "--json");
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.get("applied").asBoolean()).isFalse();
        assertThat(report.get("alarms")).hasSize(2);
        assertThat(report.get("changes").findValuesAsText("change")).contains("added", "removed");
        assertThat(Files.readString(ws.resolve("plan.yaml"))).isEqualTo(before);
    }

    @Test
    void applyWritesTheBreakdownAndTheWorkspaceStillLints() throws Exception {
        Path ws = TestWorkspaces.copyOfReference(tmp.resolve("apply"));

        CliRun applied = tad("plan", ws.toString(), "--import", projectManagersPlan().toString(), "--apply");

        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("imported").contains("4 tasks");
        assertThat(tad("lint", ws.toString()).exitCode()).isZero();
        Plan plan = new WorkspaceReader().read(ws).workspace().plan();
        Activity phase = task(plan, "Design phase");
        Activity draft = task(plan, "Draft the design");
        Activity review = task(plan, "Review the design");
        Activity signedOff = task(plan, "Design signed off");
        assertThat(draft.parent()).isEqualTo(phase.id());
        assertThat(review.parent()).isEqualTo(phase.id());
        assertThat(signedOff.milestoneTask()).isTrue();
        assertThat(review.dependencies()).singleElement().satisfies(d -> {
            assertThat(d.task()).isEqualTo(draft.id());
            assertThat(d.type()).isEqualTo(LinkType.SS);
            assertThat(d.lag().toString()).isEqualTo("2d");
        });
        assertThat(draft.progress()).isEqualTo(40);
        assertThat(draft.notes()).isEqualTo("Agreed with TABASC");
        assertThat(draft.effort()).isEqualByComparingTo("3");
        assertThat(plan.resources()).singleElement().satisfies(r -> assertThat(r.dayRate()).isEqualByComparingTo("800"));
        // The breakdown reads as a project manager would write it: the parent, the link's kind and lag in words.
        String yaml = Files.readString(ws.resolve("plan.yaml"));
        assertThat(yaml).contains("parent: " + phase.id()).contains("kind: milestone").contains("type: SS")
                .contains("lag: \"2d\"");
        // The PID's totals are now those of this plan: 3 WD at £800.
        CliRun analysis = tad("plan", ws.toString(), "--json", "--today", "2026-03-05");
        assertThat(new ObjectMapper().readTree(analysis.out()).get("cost").asInt()).isEqualTo(2400);
    }

    private static Activity task(Plan plan, String title) {
        return plan.activities().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void applyWithoutAFileIsAUsageError() throws Exception {
        Path ws = TestWorkspaces.copyOfReference(tmp.resolve("usage"));

        CliRun run = tad("plan", ws.toString(), "--apply");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--apply needs --import FILE");
    }
}
