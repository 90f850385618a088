package org.tadworkbench.mspdi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIReader;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.Milestone;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.workspace.WorkspaceReader;

/** The reference plan through MSPDI: MPXJ reads our file back as written, and our importer gives the same plan. */
class MspdiRoundTripTests {

    private static final Plan PLAN = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace().plan();

    private static byte[] export(Plan plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MspdiExporter.write(plan, out);
        return out.toByteArray();
    }

    @Test
    void exportIsAnMspdiDocumentWithSevenMilestones() throws IOException {
        String xml = new String(export(PLAN), StandardCharsets.UTF_8);

        assertThat(xml).contains("schemas.microsoft.com/project");
        assertThat(xml.split("<Milestone>1</Milestone>", -1).length - 1).isEqualTo(7);
    }

    @Test
    void mpxjReadsTheExportBackWithoutWarnings() throws Exception {
        ProjectFile project = new MSPDIReader().read(new ByteArrayInputStream(export(PLAN)));

        assertThat(project.getIgnoredErrors()).isEmpty();
        List<Task> milestones = project.getTasks().stream().filter(Task::getMilestone).toList();
        assertThat(milestones).hasSize(7);
        for (Milestone m : PLAN.milestones()) {
            assertThat(milestones).anySatisfy(t -> {
                assertThat(t.getText(MspdiFields.ID)).isEqualTo(m.id());
                assertThat(t.getFinish().toLocalDate()).isEqualTo(m.end());
            });
        }
        Map<String, Task> byId = project.getTasks().stream()
                .filter(t -> MspdiFields.KIND_ACTIVITY.equals(t.getText(MspdiFields.KIND)))
                .collect(Collectors.toMap(t -> t.getText(MspdiFields.ID), Function.identity()));
        assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(PLAN.activities().stream().map(Activity::id).toList());
        for (Activity a : PLAN.activities()) {
            Task t = byId.get(a.id());
            assertThat(t.getStart().toLocalDate()).as(a.id() + " start").isEqualTo(a.start());
            assertThat(t.getFinish().toLocalDate()).as(a.id() + " finish").isEqualTo(a.end());
            double hours = t.getWork() == null ? 0 : t.getWork().convertUnits(TimeUnit.HOURS, project.getProjectProperties()).getDuration();
            assertThat(hours).as(a.id() + " work").isEqualTo(a.effort().doubleValue() * 8);
            assertThat(t.getResourceAssignments()).singleElement()
                    .satisfies(r -> assertThat(r.getResource().getText(MspdiFields.ID)).isEqualTo(a.resource()));
            assertThat(t.getPredecessors().stream().map(r -> r.getPredecessorTask().getText(MspdiFields.ID)).toList())
                    .containsExactlyInAnyOrderElementsOf(a.dependsOn());
        }
        assertThat(project.getResources().stream().filter(r -> r.getName() != null).map(r -> r.getName() + "@" + (r.getStandardRate() == null ? 0.0 : r.getStandardRate().getAmount())))
                .containsExactly("SECAS Core@112.5", "SECAS CoE@150.0", "TABASC@0.0");
    }

    @Test
    void exportThenImportGivesTheSamePlan() throws Exception {
        MspdiImport imported = MspdiImporter.read(new ByteArrayInputStream(export(PLAN)), "plan.xml", PLAN);

        assertThat(imported.warnings()).isEmpty();
        assertThat(imported.plan().resources()).isEqualTo(PLAN.resources());
        assertThat(imported.plan().milestones()).isEqualTo(PLAN.milestones());
        assertThat(imported.plan().activities()).isEqualTo(PLAN.activities());
        assertThat(imported.plan()).isEqualTo(PLAN);
    }

    @Test
    void importWithoutOurIdsMapsByNameAndOutline() throws Exception {
        // What MS Project users produce when they build the plan by hand: no Text1/Text2/Text3 fields.
        String xml = new String(export(PLAN), StandardCharsets.UTF_8)
                .replaceAll("(?s)<ExtendedAttribute>.*?</ExtendedAttribute>", "");
        assertThat(xml).doesNotContain("M1-core");

        MspdiImport imported = MspdiImporter.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "hand.xml", PLAN);

        // The hand-built file's summary and milestone tasks are the project manager's breakdown and stay in it; the
        // PID milestones take their windows from the tasks that bear their titles; activities keep their ids by title.
        Plan plan = imported.plan();
        assertThat(plan.milestones()).extracting(Milestone::id).containsExactly("M1", "M2", "M3", "M4", "M5", "M6", "M7");
        assertThat(plan.milestones()).extracting(Milestone::end).containsExactlyElementsOf(PLAN.milestones().stream().map(Milestone::end).toList());
        Map<String, Activity> byId = plan.activities().stream().collect(java.util.stream.Collectors.toMap(Activity::id, a -> a));
        for (Activity original : PLAN.activities()) {
            assertThat(byId).containsKey(original.id());
            assertThat(byId.get(original.id()).effort()).isEqualByComparingTo(original.effort());
            assertThat(byId.get(original.id()).milestone()).isEqualTo(original.milestone());
        }
        assertThat(plan.activities().stream().filter(Activity::milestoneTask)).hasSize(7);
        assertThat(plan.activities().stream().filter(a -> a.title().equals("Drafting")).findFirst().orElseThrow().id())
                .isEqualTo(byId.get("M2-core").parent());
        assertThat(plan.resources()).isEqualTo(PLAN.resources());
    }

    @Test
    void changedDatesAndEffortInTheFileComeBack() throws Exception {
        String xml = new String(export(PLAN), StandardCharsets.UTF_8);
        // MS Project user moved M6 publication by a working day: the marker and summary finish change.
        String moved = xml.replace("2019-05-24T17:00:00", "2019-05-28T17:00:00").replace("2019-05-24T08:00:00", "2019-05-28T08:00:00");

        Plan plan = MspdiImporter.read(new ByteArrayInputStream(moved.getBytes(StandardCharsets.UTF_8)), "moved.xml", PLAN).plan();

        assertThat(plan.milestones().get(5).end()).isEqualTo(java.time.LocalDate.of(2019, 5, 28));
        assertThat(plan.activities().stream().filter(a -> a.id().equals("M6-core")).findFirst().orElseThrow().start())
                .isEqualTo(java.time.LocalDate.of(2019, 5, 28));
    }
}
