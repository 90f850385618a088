package org.tadworkbench.mspdi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.Task;
import org.mpxj.mspdi.MSPDIReader;
import org.tadworkbench.SharedFolder;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.workspace.WorkspaceReader;

/**
 * Plans written by MS Project itself (MPXJ's test files in ../shared/fixtures/mspdi, not copied into the project):
 * the import keeps every task, its place in the outline, every link with its kind and lag; import, export and import
 * again gives the same plan. Read from ../shared because no file we write ourselves is what MS Project writes.
 */
class RealProjectFilesTests {

    @ParameterizedTest
    @ValueSource(strings = {"mpxj-sample.xml", "mpxj-task-links-project2019-mspdi.xml",
            "mpxj-task-baselines-project2019-mspdi.xml"})
    void everyTaskAndLinkComesInAndTheRoundTripIsAFixedPoint(String name) throws Exception {
        Path file = SharedFolder.require("fixtures/mspdi/" + name);
        ProjectFile original = new MSPDIReader().read(file.toFile());
        Plan reference = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace().plan();

        Plan imported = MspdiImporter.read(file, reference).plan();

        List<Task> tasks = original.getTasks().stream().filter(t -> !t.getNull() && t.getOutlineLevel() != null
                && t.getOutlineLevel() > 0).toList();
        assertThat(imported.activities()).extracting(Activity::title)
                .containsExactlyElementsOf(tasks.stream().map(t -> t.getName().trim()).toList());
        assertThat(links(imported)).isEqualTo(links(original, tasks));
        assertThat(imported.activities().stream().filter(Activity::milestoneTask).count())
                .isEqualTo(tasks.stream().filter(Task::getMilestone).count());
        for (Task task : tasks) {
            Activity activity = byTitleAndStart(imported, task);
            String parent = task.getParentTask() == null || task.getParentTask().getOutlineLevel() == 0 ? null
                    : task.getParentTask().getName().trim();
            assertThat(activity.parent() == null ? null : title(imported, activity.parent()))
                    .as("parent of %s", task.getName()).isEqualTo(parent);
        }

        Plan again = MspdiImporter.read(new ByteArrayInputStream(export(imported)), "again.xml", imported).plan();
        assertThat(again).isEqualTo(imported);
        Plan third = MspdiImporter.read(new ByteArrayInputStream(export(again)), "third.xml", again).plan();
        assertThat(third).isEqualTo(again);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mpxj-sample.xml", "mpxj-task-links-project2019-mspdi.xml"})
    void theWorkspaceLintsCleanAfterTheImport(String name) throws Exception {
        Path file = SharedFolder.require("fixtures/mspdi/" + name);
        Path ws = TestWorkspaces.copyOfReference(Files.createTempDirectory("tad-real-plan"));
        var preview = WorkspacePlanImport.preview(new WorkspaceReader().read(ws).workspace(), file);
        assertThat(preview.lint().findings().stream().filter(f -> f.isError()).map(f -> f.message())).isEmpty();
        // The reference plan's recorded actuals are on tasks the file does not hold: the preview says so first.
        assertThat(preview.changes().alarms()).anyMatch(a -> a.contains("REMOVES 11 recorded actuals"));
        assertThat(preview.changes().alarms()).anyMatch(a -> a.contains("replaces most of the plan"));
    }

    private static Activity byTitleAndStart(Plan plan, Task task) {
        return plan.activities().stream().filter(a -> a.title().equals(task.getName().trim())
                && a.start().equals(task.getStart().toLocalDate())).findFirst().orElseThrow();
    }

    private static String title(Plan plan, String id) {
        return plan.activities().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().title();
    }

    /** "successor <- predecessor TYPE lag" for every link, sorted, from the imported plan... */
    private static List<String> links(Plan plan) {
        Map<String, String> titles = new TreeMap<>();
        plan.activities().forEach(a -> titles.put(a.id(), a.title()));
        List<String> out = new ArrayList<>();
        for (Activity a : plan.activities()) {
            a.dependencies().forEach(d -> out.add(a.title() + " <- " + titles.get(d.task()) + " " + d.type() + " "
                    + d.lag().workingDays(java.math.BigDecimal.ONE).stripTrailingZeros().toPlainString()));
        }
        return out.stream().sorted().toList();
    }

    /** ...and from MS Project's file, read by MPXJ independently of our importer. */
    private static List<String> links(ProjectFile project, List<Task> tasks) {
        List<String> out = new ArrayList<>();
        for (Task t : tasks) {
            for (Relation r : t.getPredecessors()) {
                String type = switch (r.getType()) {
                    case START_START -> "SS";
                    case FINISH_FINISH -> "FF";
                    case START_FINISH -> "SF";
                    default -> "FS";
                };
                double days = r.getLag().convertUnits(org.mpxj.TimeUnit.DAYS, project.getProjectProperties()).getDuration();
                out.add(t.getName().trim() + " <- " + r.getPredecessorTask().getName().trim() + " " + type + " "
                        + java.math.BigDecimal.valueOf(days).stripTrailingZeros().toPlainString());
            }
        }
        return out.stream().sorted().toList();
    }

    private static byte[] export(Plan plan) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MspdiExporter.write(plan, out);
        return out.toByteArray();
    }
}
