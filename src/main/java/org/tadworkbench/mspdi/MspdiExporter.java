package org.tadworkbench.mspdi;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.mpxj.ConstraintType;
import org.mpxj.CostRateTable;
import org.mpxj.CostRateTableEntry;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectFile;
import org.mpxj.Rate;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TaskType;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;
import org.tadworkbench.calendar.WorkingDays;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.Milestone;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.Resource;
import org.tadworkbench.planning.PlanAnalysis;

/**
 * The plan as an MS Project XML (MSPDI) document, for the "MS Project Plan" the PID (6.3) asks SECAS to keep.
 * The project calendar is the SEC Working Day calendar (bank holidays as exceptions). One summary task per milestone window holds that milestone's activities and a zero-duration milestone task on the
 * milestone's end date; activities without a milestone are top-level tasks. Work is effort x 8 hours, resources carry
 * their day rate as an hourly standard rate, predecessors come from {@code dependsOn}, and the custom text fields
 * {@link MspdiFields} carry our ids so that {@link MspdiImporter} maps every task back.
 */
public final class MspdiExporter {

    static final int HOURS_PER_DAY = 8;
    static final LocalTime DAY_START = LocalTime.of(8, 0);
    static final LocalTime DAY_END = LocalTime.of(17, 0);

    private final WorkingDays days;

    /** Exports with the plan's own Working Day calendar ({@link PlanAnalysis#workingDays(Plan)}). */
    public MspdiExporter() {
        this(null);
    }

    /** Exports with this Working Day calendar (null: the plan's own). */
    public MspdiExporter(WorkingDays days) {
        this.days = days;
    }

    /** Writes the plan as MSPDI XML (UTF-8). */
    public static void write(Plan plan, OutputStream out) throws IOException {
        new MspdiExporter().export(plan, out);
    }

    public void export(Plan plan, OutputStream out) throws IOException {
        MSPDIWriter writer = new MSPDIWriter();
        writer.setWriteTimephasedData(false);
        writer.write(toProject(plan), out);
    }

    /** The plan as an MPXJ project, before it is written. */
    public ProjectFile toProject(Plan plan) {
        ProjectFile project = new ProjectFile();
        project.getProjectProperties().setName("TAD SMETS1 update");
        project.getProjectProperties().setProjectTitle("TAD SMETS1 update");
        project.getProjectProperties().setAuthor("SECAS");
        project.getProjectProperties().setCurrencyCode(plan.currency());
        project.getProjectProperties().setCurrencySymbol("GBP".equals(plan.currency()) ? "\u00a3" : plan.currency());
        project.getProjectProperties().setMinutesPerDay(HOURS_PER_DAY * 60);
        project.getProjectProperties().setDefaultStartTime(DAY_START);
        WorkingDays workingDays = days != null ? days : PlanAnalysis.workingDays(plan);
        ProjectCalendar calendar = project.addDefaultBaseCalendar();
        calendar.setName("SEC Working Days");
        exceptions(calendar, workingDays, plan);
        project.setDefaultCalendar(calendar);
        plan.activities().stream().map(Activity::start).min(LocalDate::compareTo)
                .ifPresent(d -> project.getProjectProperties().setStartDate(d.atTime(DAY_START)));

        Map<String, org.mpxj.Resource> resources = new HashMap<>();
        for (Resource r : plan.resources()) {
            org.mpxj.Resource resource = project.addResource();
            resource.setName(r.name());
            resource.setType(ResourceType.WORK);
            resource.setText(MspdiFields.ID, r.id());
            double hourly = r.dayRate() == null ? 0 : r.dayRate().doubleValue() / HOURS_PER_DAY;
            CostRateTable table = new CostRateTable();
            table.add(new CostRateTableEntry(CostRateTableEntry.DEFAULT_ENTRY.getStartDate(),
                    CostRateTableEntry.DEFAULT_ENTRY.getEndDate(), 0, new Rate(hourly, TimeUnit.HOURS), new Rate(0, TimeUnit.HOURS)));
            resource.setCostRateTable(0, table);
            resources.put(r.id(), resource);
        }

        Map<String, Task> activityTasks = new HashMap<>();
        for (Milestone m : plan.milestones()) {
            Task summary = project.addTask();
            summary.setName(m.title());
            summary.setText(MspdiFields.ID, m.id());
            summary.setText(MspdiFields.KIND, MspdiFields.KIND_WINDOW);
            summary.setSummary(true);
            summary.setOutlineLevel(1);
            summary.setStart(m.start().atTime(DAY_START));
            summary.setFinish(m.end().atTime(DAY_END));
            summary.setDuration(days(calendar, m.start(), m.end()));
            if (m.description() != null) {
                summary.setNotes(m.description());
            }
            if (m.baselineStart() != null) {
                summary.setBaselineStart(m.baselineStart().atTime(DAY_START));
            }
            if (m.baselineEnd() != null) {
                summary.setBaselineFinish(m.baselineEnd().atTime(DAY_END));
            }
            for (Activity a : plan.activities()) {
                if (m.id().equals(a.milestone())) {
                    activityTasks.put(a.id(), activity(summary.addTask(), a, calendar, resources));
                }
            }
            Task marker = summary.addTask();
            marker.setName(m.id() + " " + m.title());
            marker.setText(MspdiFields.ID, m.id());
            marker.setText(MspdiFields.KIND, MspdiFields.KIND_MILESTONE);
            marker.setMilestone(true);
            marker.setOutlineLevel(2);
            marker.setStart(m.end().atTime(DAY_END));
            marker.setFinish(m.end().atTime(DAY_END));
            marker.setDuration(Duration.getInstance(0, TimeUnit.DAYS));
            marker.setWork(Duration.getInstance(0, TimeUnit.HOURS));
            marker.setConstraintType(ConstraintType.MUST_FINISH_ON);
            marker.setConstraintDate(m.end().atTime(DAY_END));
            if (m.baselineEnd() != null) {
                marker.setBaselineStart(m.baselineEnd().atTime(DAY_END));
                marker.setBaselineFinish(m.baselineEnd().atTime(DAY_END));
            }
        }
        for (Activity a : plan.activities()) {
            if (!activityTasks.containsKey(a.id())) {
                activityTasks.put(a.id(), activity(project.addTask(), a, calendar, resources));
            }
        }
        for (Activity a : plan.activities()) {
            Task successor = activityTasks.get(a.id());
            for (String id : a.dependsOn()) {
                Task predecessor = activityTasks.get(id);
                if (predecessor != null) {
                    successor.addPredecessor(new Relation.Builder().predecessorTask(predecessor).type(RelationType.FINISH_START)
                            .lag(Duration.getInstance(0, TimeUnit.DAYS)));
                }
            }
        }
        return project;
    }

    private static Task activity(Task task, Activity a, ProjectCalendar calendar, Map<String, org.mpxj.Resource> resources) {
        task.setName(a.title());
        task.setText(MspdiFields.ID, a.id());
        task.setText(MspdiFields.KIND, MspdiFields.KIND_ACTIVITY);
        if (a.owner() != null) {
            task.setText(MspdiFields.OWNER, a.owner());
        }
        task.setOutlineLevel(a.milestone() == null ? 1 : 2);
        LocalDateTime start = a.start().atTime(DAY_START);
        LocalDateTime finish = a.end().atTime(DAY_END);
        Duration duration = days(calendar, a.start(), a.end());
        Duration work = Duration.getInstance(hours(a.effort()), TimeUnit.HOURS);
        task.setType(TaskType.FIXED_DURATION);
        task.setEffortDriven(false);
        task.setStart(start);
        task.setFinish(finish);
        task.setDuration(duration);
        task.setWork(work);
        task.setConstraintType(ConstraintType.START_NO_EARLIER_THAN);
        task.setConstraintDate(start);
        if (a.progress() != null) {
            task.setPercentageComplete(a.progress());
            task.setPercentageWorkComplete(a.progress());
        }
        if (a.baselineStart() != null) {
            task.setBaselineStart(a.baselineStart().atTime(DAY_START));
        }
        if (a.baselineEnd() != null) {
            task.setBaselineFinish(a.baselineEnd().atTime(DAY_END));
        }
        org.mpxj.Resource resource = resources.get(a.resource());
        if (resource != null) {
            ResourceAssignment assignment = task.addResourceAssignment(resource);
            assignment.setWork(work);
            assignment.setRemainingWork(work);
            assignment.setStart(start);
            assignment.setFinish(finish);
            double span = duration.getDuration() * HOURS_PER_DAY;
            assignment.setUnits(span <= 0 ? 100 : Math.round(work.getDuration() / span * 10000) / 100.0);
            Rate rate = resource.getCostRateTable(0).get(0).getStandardRate();
            double cost = rate == null ? 0 : rate.getAmount() * work.getDuration();
            task.setCost(cost);
            assignment.setCost(cost);
        }
        return task;
    }

    /**
     * Bank holidays and the workspace's extra holidays as non-working exceptions, and weekend days the workspace
     * declares working as working exceptions, over the whole years the plan spans.
     */
    private static void exceptions(ProjectCalendar calendar, WorkingDays days, Plan plan) {
        LocalDate first = null;
        LocalDate last = null;
        for (Activity a : plan.activities()) {
            first = first == null || a.start().isBefore(first) ? a.start() : first;
            last = last == null || a.end().isAfter(last) ? a.end() : last;
        }
        for (Milestone m : plan.milestones()) {
            first = first == null || m.start().isBefore(first) ? m.start() : first;
            last = last == null || m.end().isAfter(last) ? m.end() : last;
        }
        if (first == null) {
            return;
        }
        int from = Math.max(first.getYear(), WorkingDays.FIRST_YEAR);
        int to = Math.min(last.getYear(), WorkingDays.LAST_YEAR);
        java.util.Map<Integer, java.util.Map<LocalDate, String>> names = new HashMap<>();
        for (LocalDate d = LocalDate.of(from, 1, 1); d.getYear() <= to; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean working = days.isWorkingDay(d);
            if (!weekend && !working) {
                ProjectCalendarException holiday = calendar.addCalendarException(d, d);
                String name = names.computeIfAbsent(d.getYear(), days::bankHolidays).get(d);
                holiday.setName(name != null ? name : "Workspace holiday");
            } else if (weekend && working) {
                ProjectCalendarException workday = calendar.addCalendarException(d, d);
                workday.setName("Working Day by workspace calendar");
                workday.add(new LocalTimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0)));
                workday.add(new LocalTimeRange(LocalTime.of(13, 0), LocalTime.of(17, 0)));
            }
        }
    }

    static double hours(BigDecimal effortDays) {
        return effortDays == null ? 0 : effortDays.doubleValue() * HOURS_PER_DAY;
    }

    /** Working days from start to end inclusive on the calendar (at least one for a one-day window). */
    private static Duration days(ProjectCalendar calendar, LocalDate start, LocalDate end) {
        int n = 0;
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (calendar.isWorkingDate(d)) {
                n++;
            }
        }
        return Duration.getInstance(n, TimeUnit.DAYS);
    }
}
