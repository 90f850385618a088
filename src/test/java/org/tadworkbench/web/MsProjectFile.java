package org.tadworkbench.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Resource;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * A small plan as a project manager builds it by hand in MS Project, written by MPXJ as MSPDI XML: the summary task
 * "Consultation on the response", holding "Draft the response" and "Review the response" (start-to-start, two days
 * after the draft starts) and the milestone task "Response sent", whose deadline the plan cannot keep. Nothing of
 * the workbench's own ids is in it.
 */
final class MsProjectFile {

    static final String SUMMARY = "Consultation on the response";
    static final String DRAFT = "Draft the response";
    static final String REVIEW = "Review the response";
    static final String MILESTONE = "Response sent";

    private MsProjectFile() {
    }

    /** A project with the resource SECAS Core and the summary task, to which each file adds its tasks. */
    private record Start(ProjectFile project, Resource core, Task summary) {
        static Start of() {
            ProjectFile project = new ProjectFile();
            project.addDefaultBaseCalendar();
            Resource core = project.addResource();
            core.setName("SECAS Core");
            core.setType(ResourceType.WORK);
            Task summary = project.addTask();
            summary.setName(SUMMARY);
            summary.setOutlineLevel(1);
            return new Start(project, core, summary);
        }
    }

    static byte[] consultation() throws IOException {
        Start start = Start.of();
        ProjectFile project = start.project();
        Resource core = start.core();
        Task summary = start.summary();
        summary.setSummary(true);
        summary.setStart(at(2019, 6, 3, 8));
        summary.setFinish(at(2019, 6, 14, 17));
        summary.setDuration(Duration.getInstance(10, TimeUnit.DAYS));

        Task draft = task(summary, DRAFT, at(2019, 6, 3, 8), at(2019, 6, 7, 17), 5, core);
        Task review = task(summary, REVIEW, at(2019, 6, 5, 8), at(2019, 6, 11, 17), 5, core);
        review.addPredecessor(new Relation.Builder().predecessorTask(draft).type(RelationType.START_START)
                .lag(Duration.getInstance(2, TimeUnit.DAYS)));

        Task sent = summary.addTask();
        sent.setName(MILESTONE);
        sent.setOutlineLevel(2);
        sent.setMilestone(true);
        sent.setStart(at(2019, 6, 14, 17));
        sent.setFinish(at(2019, 6, 14, 17));
        sent.setDuration(Duration.getInstance(0, TimeUnit.DAYS));
        sent.setDeadline(at(2019, 6, 21, 17));
        sent.addPredecessor(new Relation.Builder().predecessorTask(review).type(RelationType.FINISH_START)
                .lag(Duration.getInstance(0, TimeUnit.DAYS)));

        return write(project);
    }

    /** Two tasks, each the other's predecessor: MS Project warns of the loop, the workspace checks refuse it. */
    static byte[] loop() throws IOException {
        Start start = Start.of();
        ProjectFile project = start.project();
        Resource core = start.core();
        Task summary = start.summary();
        Task draft = task(summary, DRAFT, at(2019, 6, 3, 8), at(2019, 6, 7, 17), 5, core);
        Task review = task(summary, REVIEW, at(2019, 6, 10, 8), at(2019, 6, 14, 17), 5, core);
        review.addPredecessor(new Relation.Builder().predecessorTask(draft).type(RelationType.FINISH_START));
        draft.addPredecessor(new Relation.Builder().predecessorTask(review).type(RelationType.FINISH_START));
        return write(project);
    }

    private static byte[] write(ProjectFile project) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MSPDIWriter().write(project, out);
        return out.toByteArray();
    }

    private static Task task(Task summary, String name, LocalDateTime start, LocalDateTime finish, int days, Resource who) {
        Task task = summary.addTask();
        task.setName(name);
        task.setOutlineLevel(2);
        task.setStart(start);
        task.setFinish(finish);
        task.setDuration(Duration.getInstance(days, TimeUnit.DAYS));
        task.setWork(Duration.getInstance(days * 8, TimeUnit.HOURS));
        task.addResourceAssignment(who).setWork(Duration.getInstance(days * 8, TimeUnit.HOURS));
        return task;
    }

    private static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }
}
