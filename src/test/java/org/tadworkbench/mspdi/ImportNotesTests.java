package org.tadworkbench.mspdi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpxj.CostRateTable;
import org.mpxj.CostRateTableEntry;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Rate;
import org.mpxj.Resource;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;
import org.tadworkbench.plan.Plan;

/**
 * What a file holds beyond the plan is said, once per kind and with every task named; a resource's rate is the one in
 * force when the project starts, whatever day the import runs, and a rate that changes later is said.
 */
class ImportNotesTests {

    @Test
    void theSameNoteOnSeveralTasksIsSaidOnceNamingEachTask() {
        List<String> grouped = NotKept.grouped(List.of(
                "task T6 'Recurring Task': a recurring task; the pattern is not kept",
                "resource r1 'Night': works to its own calendar",
                "task T7 'Recurring Task 1': a recurring task; the pattern is not kept",
                "task T9 'Other': deadline 2003-02-01 not kept"));

        assertThat(grouped).containsExactly(
                "a recurring task; the pattern is not kept \u2014 2 tasks: T6 'Recurring Task', T7 'Recurring Task 1'",
                "resource r1 'Night': works to its own calendar",
                "task T9 'Other': deadline 2003-02-01 not kept");
    }

    @Test
    void theDayRateIsTheOneInForceWhenTheProjectStarts() throws Exception {
        ProjectFile project = new ProjectFile();
        project.addDefaultBaseCalendar();
        project.getProjectProperties().setStartDate(LocalDateTime.of(2026, 3, 2, 8, 0));
        Resource expert = project.addResource();
        expert.setName("Expert");
        CostRateTable rates = new CostRateTable();
        rates.add(new CostRateTableEntry(CostRateTableEntry.DEFAULT_ENTRY.getStartDate(), LocalDateTime.of(2027, 1, 1, 0, 0),
                0, new Rate(100, TimeUnit.HOURS)));
        rates.add(new CostRateTableEntry(LocalDateTime.of(2027, 1, 1, 0, 0), CostRateTableEntry.DEFAULT_ENTRY.getEndDate(),
                0, new Rate(150, TimeUnit.HOURS)));
        expert.setCostRateTable(0, rates);
        Task task = project.addTask();
        task.setName("Draft");
        task.setStart(LocalDateTime.of(2026, 3, 2, 8, 0));
        task.setFinish(LocalDateTime.of(2026, 3, 6, 17, 0));
        task.setDuration(Duration.getInstance(5, TimeUnit.DAYS));
        task.addResourceAssignment(expert).setWork(Duration.getInstance(16, TimeUnit.HOURS));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MSPDIWriter().write(project, out);

        MspdiImport imported = MspdiImporter.read(new ByteArrayInputStream(out.toByteArray()), "rates.xml", Plan.empty());

        assertThat(imported.plan().resources()).singleElement()
                .satisfies(r -> assertThat(r.dayRate()).isEqualByComparingTo("800"));
        assertThat(imported.warnings()).anyMatch(n -> n.contains("'Expert': its rate changes over time (1200 a day from"
                + " 2027-01-01); the plan keeps the rate at the project start, 800 a day"));
    }

    @Test
    void whatATaskOrResourceSaysBeyondThePlanIsListedByName() throws Exception {
        ProjectFile project = new ProjectFile();
        project.addDefaultBaseCalendar();
        Resource expert = project.addResource();
        expert.setName("Expert");
        expert.setGroup("SECAS");
        expert.setEmailAddress("expert@example.org");
        Task task = project.addTask();
        task.setName("Parked work");
        task.setStart(LocalDateTime.of(2026, 3, 2, 8, 0));
        task.setFinish(LocalDateTime.of(2026, 3, 6, 17, 0));
        task.setActive(false);
        task.setPriority(org.mpxj.Priority.getInstance(800));
        task.setHyperlink("https://example.org/plan");
        task.setDeadline(LocalDateTime.of(2026, 3, 9, 17, 0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MSPDIWriter().write(project, out);

        List<String> notes = MspdiImporter.read(new ByteArrayInputStream(out.toByteArray()), "notes.xml", Plan.empty())
                .warnings();

        assertThat(notes).contains("resource expert 'Expert': group, e-mail address not kept");
        assertThat(notes).anyMatch(n -> n.startsWith("task T1 'Parked work': inactive in MS Project"));
        assertThat(notes).contains("task T1 'Parked work': priority 800 not kept",
                "task T1 'Parked work': hyperlink not kept", "task T1 'Parked work': deadline 2026-03-09 not kept");
    }
}
