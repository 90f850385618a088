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
import org.tadworkbench.plan.ActualEffort;
import org.tadworkbench.plan.Assignment;
import org.tadworkbench.plan.Dependency;
import org.tadworkbench.plan.WorkBreakdown;
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
            resource.setType("material".equals(r.type()) ? ResourceType.MATERIAL : "cost".equals(r.type())
                    ? ResourceType.COST : ResourceType.WORK);
            resource.setText(MspdiFields.ID, r.id());
            double hourly = r.dayRate() == null ? 0 : r.dayRate().doubleValue() / HOURS_PER_DAY;
            CostRateTable table = new CostRateTable();
            table.add(new CostRateTableEntry(CostRateTableEntry.DEFAULT_ENTRY.getStartDate(),
                    CostRateTableEntry.DEFAULT_ENTRY.getEndDate(), r.costPerUse() == null ? 0 : r.costPerUse(),
                    new Rate(hourly, TimeUnit.HOURS),
                    new Rate(r.overtimeRate() == null ? 0 : r.overtimeRate().doubleValue() / HOURS_PER_DAY, TimeUnit.HOURS)));
            resource.setCostRateTable(0, table);
            resources.put(r.id(), resource);
        }

        WorkBreakdown breakdown = new WorkBreakdown(plan.activities());
        Map<String, Task> activityTasks = new HashMap<>();
        java.util.Set<String> milestoneIds = new java.util.HashSet<>();
        for (Milestone m : plan.milestones()) {
            milestoneIds.add(m.id());
            Task summary = window(project.addTask(), m);
            for (Activity root : breakdown.roots()) {
                if (m.id().equals(root.milestone())) {
                    addTree(summary.addTask(), root, 2, breakdown, calendar, resources, plan, activityTasks);
                }
            }
            marker(summary.addTask(), m);
        }
        for (Activity root : breakdown.roots()) {
            if (root.milestone() == null || !milestoneIds.contains(root.milestone())) {
                addTree(project.addTask(), root, 1, breakdown, calendar, resources, plan, activityTasks);
            }
        }
        for (Activity a : plan.activities()) {
            Task successor = activityTasks.get(a.id());
            for (Dependency link : a.dependencies()) {
                Task predecessor = activityTasks.get(link.task());
                if (predecessor != null && successor != null) {
                    successor.addPredecessor(new Relation.Builder().predecessorTask(predecessor).type(switch (link.type()) {
                        case SS -> RelationType.START_START;
                        case FF -> RelationType.FINISH_FINISH;
                        case SF -> RelationType.START_FINISH;
                        default -> RelationType.FINISH_START;
                    }).lag(LagUnits.duration(link.lag())));
                }
            }
        }
        return project;
    }

    /** The summary task that stands for a PID milestone's window. */
    private static Task window(Task summary, Milestone m) {
        summary.setName(m.title());
        summary.setText(MspdiFields.ID, m.id());
        summary.setText(MspdiFields.KIND, MspdiFields.KIND_WINDOW);
        summary.setSummary(true);
        summary.setOutlineLevel(1);
        summary.setStart(m.start().atTime(DAY_START));
        summary.setFinish(m.end().atTime(DAY_END));
        if (m.description() != null) {
            summary.setNotes(m.description());
        }
        if (m.baselineStart() != null) {
            summary.setBaselineStart(m.baselineStart().atTime(DAY_START));
        }
        if (m.baselineEnd() != null) {
            summary.setBaselineFinish(m.baselineEnd().atTime(DAY_END));
        }
        return summary;
    }

    /** The zero-duration milestone task on a PID milestone's end date. */
    private static void marker(Task marker, Milestone m) {
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

    /** A task and, beneath it, the tasks it holds. */
    private static void addTree(Task task, Activity a, int level, WorkBreakdown breakdown, ProjectCalendar calendar,
                                Map<String, org.mpxj.Resource> resources, Plan plan, Map<String, Task> tasks) {
        activity(task, a, level, breakdown.isSummary(a.id()), calendar, resources, plan);
        tasks.put(a.id(), task);
        for (Activity child : breakdown.children(a.id())) {
            addTree(task.addTask(), child, level + 1, breakdown, calendar, resources, plan, tasks);
        }
    }

    private static void activity(Task task, Activity a, int level, boolean summary, ProjectCalendar calendar,
                                 Map<String, org.mpxj.Resource> resources, Plan plan) {
        task.setName(a.title());
        task.setText(MspdiFields.ID, a.id());
        task.setText(MspdiFields.KIND, MspdiFields.KIND_ACTIVITY);
        if (a.owner() != null) {
            task.setText(MspdiFields.OWNER, a.owner());
            task.setContact(a.owner());
        }
        task.setOutlineLevel(level);
        task.setSummary(summary);
        LocalDateTime start = a.start().atTime(DAY_START);
        LocalDateTime finish = a.end().atTime(DAY_END);
        Duration duration = days(calendar, a.start(), a.end());
        if (a.milestoneTask()) {
            task.setMilestone(true);
            start = a.end().atTime(DAY_END);
            finish = start;
            duration = Duration.getInstance(0, TimeUnit.DAYS);
        }
        Duration work = Duration.getInstance(hours(a.effort()), TimeUnit.HOURS);
        task.setType(TaskType.FIXED_DURATION);
        task.setEffortDriven(false);
        task.setStart(start);
        task.setFinish(finish);
        task.setDuration(duration);
        task.setWork(work);
        if (a.constraint() != null) {
            task.setConstraintType(switch (a.constraint().type()) {
                case AS_LATE_AS_POSSIBLE -> ConstraintType.AS_LATE_AS_POSSIBLE;
                case MUST_START_ON -> ConstraintType.MUST_START_ON;
                case MUST_FINISH_ON -> ConstraintType.MUST_FINISH_ON;
                case START_NO_LATER_THAN -> ConstraintType.START_NO_LATER_THAN;
                case FINISH_NO_EARLIER_THAN -> ConstraintType.FINISH_NO_EARLIER_THAN;
                case FINISH_NO_LATER_THAN -> ConstraintType.FINISH_NO_LATER_THAN;
                case START_NO_EARLIER_THAN -> ConstraintType.START_NO_EARLIER_THAN;
            });
            if (a.constraint().date() != null) {
                boolean finishing = a.constraint().type().code().startsWith("finish")
                        || a.constraint().type().code().startsWith("must-finish");
                task.setConstraintDate(a.constraint().date().atTime(finishing ? DAY_END : DAY_START));
            }
        } else if (!summary) {
            // Keeps MS Project from moving the task to the project start when it recalculates.
            task.setConstraintType(ConstraintType.START_NO_EARLIER_THAN);
            task.setConstraintDate(start);
            task.setText(MspdiFields.PIN, MspdiFields.PINNED);
        }
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
        if (a.notes() != null) {
            task.setNotes(a.notes());
        }
        double taskCost = 0;
        double taskActual = 0;
        for (Assignment share : a.assignments()) {
            org.mpxj.Resource resource = resources.get(share.resource());
            if (resource == null) {
                continue;
            }
            Duration assigned = Duration.getInstance(hours(share.effort()), TimeUnit.HOURS);
            double actualHours = hours(plan.actuals().stream().filter(x -> x.activity().equals(a.id())
                    && share.resource().equals(x.resource() != null ? x.resource() : a.resource()))
                    .map(ActualEffort::days).reduce(BigDecimal.ZERO, BigDecimal::add));
            ResourceAssignment assignment = task.addResourceAssignment(resource);
            assignment.setWork(assigned);
            assignment.setActualWork(Duration.getInstance(actualHours, TimeUnit.HOURS));
            assignment.setRemainingWork(Duration.getInstance(Math.max(0, assigned.getDuration() - actualHours), TimeUnit.HOURS));
            assignment.setStart(start);
            assignment.setFinish(finish);
            double span = duration.getDuration() * HOURS_PER_DAY;
            assignment.setUnits(span <= 0 ? 100 : Math.round(assigned.getDuration() / span * 10000) / 100.0);
            Rate rate = resource.getCostRateTable(0).get(0).getStandardRate();
            double cost = rate == null ? 0 : rate.getAmount() * assigned.getDuration();
            assignment.setCost(cost);
            taskCost += cost;
            taskActual += actualHours;
        }
        if (!a.assignments().isEmpty()) {
            task.setCost(taskCost);
            task.setActualWork(Duration.getInstance(taskActual, TimeUnit.HOURS));
        }
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
