package org.tadworkbench.mspdi;

import static org.tadworkbench.mspdi.MspdiImporter.date;
import static org.tadworkbench.mspdi.MspdiImporter.decimal;
import static org.tadworkbench.mspdi.MspdiImporter.slug;
import static org.tadworkbench.mspdi.MspdiImporter.text;
import static org.tadworkbench.mspdi.MspdiImporter.unique;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Rate;
import org.mpxj.Relation;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.Assignment;
import org.tadworkbench.plan.Constraint;
import org.tadworkbench.plan.ConstraintType;
import org.tadworkbench.plan.Dependency;
import org.tadworkbench.plan.LinkType;
import org.tadworkbench.plan.Milestone;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.Resource;

/**
 * One project file walked into a plan. Every task of the file is a task of the plan's work breakdown, with its
 * place in the outline, milestone flag, assignments, links (kind and lag), constraint, % complete, baseline and
 * notes; every named resource a resource. The tasks {@link MspdiExporter} adds for the PID's milestones (custom
 * field Text2 says so) map back to the plan's milestones instead. Ids come from Text1 when the file carries ours,
 * else from a task of the current plan with the same name, else from the task's unique id ({@code T12}).
 * Actual work comes from the assignments' timephased actuals, by month; recorded actuals the file does not contradict
 * are kept. What the plan cannot hold is listed by task id and name in the import's notes.
 */
final class ProjectMapping {

    private final ProjectFile project;
    private final Plan current;
    private final String name;
    private final double hoursPerDay;
    private final NotKept notes;
    private final Map<Integer, String> resourceIds = new HashMap<>();
    private final List<Resource> resources = new ArrayList<>();
    private final Map<Task, String> ids = new IdentityHashMap<>();
    private final Map<Task, String> windowOf = new IdentityHashMap<>();
    private final Map<String, Activity> existingById = new HashMap<>();
    private final Map<Task, Activity> existing = new IdentityHashMap<>();
    private final Set<String> usedIds = new HashSet<>();

    ProjectMapping(ProjectFile project, Plan current, String name) {
        this.project = project;
        this.current = current;
        this.name = name;
        Integer minutes = project.getProjectProperties().getMinutesPerDay();
        this.hoursPerDay = minutes == null || minutes <= 0 ? MspdiExporter.HOURS_PER_DAY : minutes / 60.0;
        current.activities().forEach(a -> existingById.putIfAbsent(a.id(), a));
        this.notes = new NotKept(project);
    }

    MspdiImport run() throws MspdiImportException {
        notes.file(current.currency());
        resources();
        List<Task> tasks = project.getTasks().stream().filter(t -> !t.getNull() && !isProjectSummary(t)).toList();
        if (tasks.isEmpty()) {
            throw new MspdiImportException(name + ": the project has no tasks");
        }
        List<Milestone> milestones = new ArrayList<>();
        Set<String> milestoneIds = new HashSet<>();
        List<Task> breakdown = new ArrayList<>();
        for (Task task : tasks) {
            String kind = task.getText(MspdiFields.KIND);
            if (MspdiFields.KIND_WINDOW.equals(kind)) {
                Milestone window = window(task);
                if (window != null && milestoneIds.add(window.id())) {
                    milestones.add(window);
                }
            } else if (MspdiFields.KIND_MILESTONE.equals(kind)) {
                marker(task, milestones, milestoneIds);
            } else {
                breakdown.add(task);
            }
        }
        Set<String> titlesTaken = new HashSet<>();
        for (Task task : breakdown) {
            ids.put(task, id(task, titlesTaken));
        }
        List<Activity> activities = new ArrayList<>();
        ActualWork actualWork = new ActualWork(current, existingById, resourceIds, this::days);
        for (Task task : breakdown) {
            Activity activity = activity(task);
            if (activity != null) {
                activities.add(activity);
                actualWork.read(task, activity);
            }
        }
        // PID milestones the file does not carry survive while a task still delivers towards them.
        for (Milestone m : current.milestones()) {
            if (!milestoneIds.contains(m.id()) && activities.stream().anyMatch(a -> m.id().equals(a.milestone()))) {
                milestones.add(windowByName(m, activities));
                milestoneIds.add(m.id());
            }
        }
        activities = activities.stream().map(a -> a.milestone() == null || milestoneIds.contains(a.milestone()) ? a
                : retag(a)).toList();
        return new MspdiImport(new Plan(current.currency(), resources, milestones, activities, current.budget(),
                actualWork.merged(activities), current.thresholds(), current.calendar()), notes.list());
    }

    /**
     * A PID milestone in a file built by hand: a summary task with its title gives its window, a milestone task
     * with its title (or "M3 title") its end date.
     */
    private static Milestone windowByName(Milestone m, List<Activity> activities) {
        WorkBreakdownNames names = new WorkBreakdownNames(activities);
        Milestone result = m;
        Activity summary = names.summaryTitled(m.title());
        if (summary != null) {
            result = result.withWindow(summary.start(), summary.end());
        }
        Activity marker = names.milestoneTaskTitled(m.title(), m.id() + " " + m.title());
        if (marker != null) {
            result = result.withWindow(result.start().isAfter(marker.end()) ? marker.end() : result.start(), marker.end());
        }
        return result;
    }

    /** Finds tasks of the imported breakdown by title, ignoring case. */
    private record WorkBreakdownNames(List<Activity> activities) {
        Activity summaryTitled(String title) {
            var breakdown = new org.tadworkbench.plan.WorkBreakdown(activities);
            return activities.stream().filter(a -> breakdown.isSummary(a.id()) && a.title().equalsIgnoreCase(title))
                    .findFirst().orElse(null);
        }

        Activity milestoneTaskTitled(String... titles) {
            return activities.stream().filter(a -> a.milestoneTask() && java.util.Arrays.stream(titles)
                    .anyMatch(t -> t.equalsIgnoreCase(a.title()))).findFirst().orElse(null);
        }
    }

    private static Activity retag(Activity a) {
        return new Activity(a.id(), null, a.title(), a.assignments(), a.start(), a.end(), a.owner(), a.dependencies(),
                a.progress(), a.baselineStart(), a.baselineEnd(), a.parent(), a.milestoneTask(), a.constraint(), a.notes());
    }

    private static boolean isProjectSummary(Task task) {
        Integer level = task.getOutlineLevel();
        return level != null && level == 0 || task.getUniqueID() != null && task.getUniqueID() == 0 && task.getSummary();
    }

    // --- resources ---

    private void resources() {
        Map<String, Resource> byName = new HashMap<>();
        current.resources().forEach(r -> byName.put(r.name().toLowerCase(Locale.ROOT), r));
        Set<String> taken = new HashSet<>();
        for (org.mpxj.Resource r : project.getResources()) {
            if (r.getName() == null || r.getName().isBlank() || r.getNull()) {
                continue;
            }
            Resource existingResource = byName.get(r.getName().trim().toLowerCase(Locale.ROOT));
            String id = unique(text(r.getText(MspdiFields.ID))
                    .orElse(existingResource != null ? existingResource.id() : slug(r.getName())), taken);
            org.mpxj.CostRateTableEntry rates = ratesAtStart(r);
            BigDecimal dayRate = kept(dayRate(rates == null ? r.getStandardRate() : rates.getStandardRate()),
                    existingResource == null ? null : existingResource.dayRate());
            if (dayRate == null) {
                dayRate = existingResource != null ? existingResource.dayRate() : BigDecimal.ZERO;
            }
            String type = r.getType() == ResourceType.MATERIAL ? "material" : r.getType() == ResourceType.COST ? "cost" : null;
            BigDecimal overtime = kept(dayRate(rates == null ? r.getOvertimeRate() : rates.getOvertimeRate()),
                    existingResource == null ? null : existingResource.overtimeRate());
            Number costPerUse = rates == null ? r.getCostPerUse() : rates.getCostPerUse();
            BigDecimal perUse = costPerUse == null ? null : decimal(costPerUse.doubleValue());
            resources.add(new Resource(id, r.getName().trim(), dayRate, type,
                    overtime == null || overtime.signum() == 0 ? null : overtime,
                    perUse == null || perUse.signum() == 0 ? null : perUse));
            resourceIds.put(r.getUniqueID(), id);
            rateChanges(r, id, dayRate);
            notes.resource(r, id);
            if (r.getCalendar() != null && r.getCalendar().getParent() != null
                    && !r.getCalendar().getParent().equals(project.getDefaultCalendar())) {
                notes.add("resource " + id + " '" + r.getName().trim() + "': works to its own calendar '"
                        + r.getCalendar().getParent().getName() + "'; the plan counts SEC Working Days for everyone");
            }
        }
    }

    /**
     * The resource's rates in force when the project starts (MPXJ's plain getters give today's, which would make the
     * plan depend on the day of the import); null when the file has no rate table.
     */
    private org.mpxj.CostRateTableEntry ratesAtStart(org.mpxj.Resource r) {
        org.mpxj.CostRateTable table = r.getCostRateTable(0);
        if (table == null || table.isEmpty()) {
            return null;
        }
        LocalDateTime start = project.getProjectProperties().getStartDate();
        org.mpxj.CostRateTableEntry entry = start == null ? null : table.getEntryByDate(start);
        return entry != null ? entry : table.get(0);
    }

    /** A rate table whose standard rate changes over time: the plan keeps one day rate, and says which. */
    private void rateChanges(org.mpxj.Resource r, String id, BigDecimal kept) {
        org.mpxj.CostRateTable table = r.getCostRateTable(0);
        if (table == null) {
            return;
        }
        org.mpxj.CostRateTableEntry atStart = ratesAtStart(r);
        BigDecimal startRate = atStart == null ? null : dayRate(atStart.getStandardRate());
        List<String> later = new ArrayList<>();
        for (org.mpxj.CostRateTableEntry entry : table) {
            BigDecimal rate = dayRate(entry.getStandardRate());
            if (rate != null && startRate != null && rate.compareTo(startRate) != 0 && entry.getStartDate() != null) {
                later.add(rate.toPlainString() + " a day from " + entry.getStartDate().toLocalDate());
            }
        }
        if (!later.isEmpty()) {
            notes.add("resource " + id + " '" + r.getName().trim() + "': its rate changes over time (" + String.join(", ",
                    later) + "); the plan keeps the rate at the project start, " + kept.toPlainString() + " a day");
        }
    }

    /**
     * The plan's own day rate when the file's is the same but for the rounding of an hourly rate to pence (MS Project
     * keeps rates per hour to two decimals: £813 a day is £101.63 an hour, which reads back as £813.04).
     */
    private BigDecimal kept(BigDecimal fromFile, BigDecimal own) {
        if (fromFile == null || own == null) {
            return fromFile;
        }
        BigDecimal rounding = BigDecimal.valueOf(0.005 * hoursPerDay + 0.0001);
        return fromFile.subtract(own).abs().compareTo(rounding) <= 0 ? own : fromFile;
    }

    private BigDecimal dayRate(Rate rate) {
        if (rate == null) {
            return null;
        }
        double perDay = switch (rate.getUnits()) {
            case MINUTES, ELAPSED_MINUTES -> rate.getAmount() * 60 * hoursPerDay;
            case DAYS, ELAPSED_DAYS -> rate.getAmount();
            case WEEKS, ELAPSED_WEEKS -> rate.getAmount() / 5;
            case MONTHS, ELAPSED_MONTHS -> rate.getAmount() / 20;
            case YEARS, ELAPSED_YEARS -> rate.getAmount() / 260;
            default -> rate.getAmount() * hoursPerDay;
        };
        return decimal(perDay);
    }

    // --- the PID's milestones, as MspdiExporter writes them ---

    private Milestone window(Task summary) {
        String id = text(summary.getText(MspdiFields.ID)).orElse(null);
        Milestone known = id == null ? null : current.milestones().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElse(null);
        LocalDate start = date(summary.getStart());
        LocalDate end = date(summary.getFinish());
        if (id == null || start == null || end == null) {
            notes.add("task " + summary.getUniqueID() + " '" + summary.getName() + "': a milestone window without id or"
                    + " dates; left out");
            return null;
        }
        markChildren(summary, id);
        LocalDate baselineStart = date(summary.getBaselineStart());
        LocalDate baselineEnd = date(summary.getBaselineFinish());
        return new Milestone(id, summary.getName().trim(), start, end,
                text(summary.getNotes()).orElse(known != null ? known.description() : null),
                known != null ? known.minWorkingDays() : null,
                baselineStart != null ? baselineStart : known != null ? known.baselineStart() : null,
                baselineEnd != null ? baselineEnd : known != null ? known.baselineEnd() : null);
    }

    private void markChildren(Task parent, String milestoneId) {
        for (Task child : parent.getChildTasks()) {
            windowOf.put(child, milestoneId);
        }
    }

    /** A milestone task of ours: the end of its window (or, alone, a one-day milestone). */
    private void marker(Task task, List<Milestone> milestones, Set<String> milestoneIds) {
        String id = text(task.getText(MspdiFields.ID)).orElse(null);
        LocalDate at = date(task.getFinish() != null ? task.getFinish() : task.getStart());
        if (id == null || at == null) {
            return;
        }
        for (int i = 0; i < milestones.size(); i++) {
            if (milestones.get(i).id().equals(id)) {
                milestones.set(i, milestones.get(i).withWindow(milestones.get(i).start(), at));
                return;
            }
        }
        Milestone known = current.milestones().stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
        if (milestoneIds.add(id)) {
            milestones.add(known != null ? known.withWindow(known.start().isAfter(at) ? at : known.start(), at)
                    : new Milestone(id, task.getName().trim(), at, at, text(task.getNotes()).orElse(null)));
        }
    }

    // --- tasks ---

    private String id(Task task, Set<String> titlesTaken) {
        String own = text(task.getText(MspdiFields.ID)).orElse(null);
        if (own != null && MspdiFields.KIND_ACTIVITY.equals(task.getText(MspdiFields.KIND))) {
            Activity known = existingById.get(own);
            if (known != null) {
                existing.put(task, known);
            }
            return unique(own, usedIds);
        }
        String title = task.getName() == null ? "" : task.getName().trim();
        Activity byTitle = current.activities().stream().filter(a -> a.title().equalsIgnoreCase(title)
                && !titlesTaken.contains(a.id())).findFirst().orElse(null);
        if (byTitle != null) {
            titlesTaken.add(byTitle.id());
            existing.put(task, byTitle);
            return unique(byTitle.id(), usedIds);
        }
        return unique("T" + (task.getUniqueID() == null ? ids.size() + 1 : task.getUniqueID()), usedIds);
    }

    private Activity activity(Task task) {
        String id = ids.get(task);
        Activity known = existing.get(task);
        String title = task.getName() == null || task.getName().isBlank() ? null : task.getName().trim();
        String where = "task " + id + " '" + (title == null ? "" : title) + "'";
        if (title == null) {
            title = "Task " + task.getUniqueID();
            notes.add(where + ": has no name; named '" + title + "'");
        }
        LocalDate start = date(task.getStart());
        LocalDate end = date(task.getFinish());
        if (start == null && end == null) {
            notes.add(where + ": has no dates; left out");
            return null;
        }
        start = start == null ? end : start;
        end = end == null || end.isBefore(start) ? start : end;
        Task parentTask = task.getParentTask();
        String parent = parentTask == null ? null : ids.get(parentTask);
        String milestone = windowOf.get(task);
        if (milestone == null && known != null) {
            milestone = known.milestone();
        }
        String owner = text(task.getText(MspdiFields.OWNER)).or(() -> text(task.getContact()))
                .orElse(known != null ? known.owner() : null);
        notes.task(task, where);
        LocalDate baselineStart = date(task.getBaselineStart());
        LocalDate baselineEnd = date(task.getBaselineFinish());
        if (baselineStart == null && baselineEnd == null && known != null) {
            baselineStart = known.baselineStart();
            baselineEnd = known.baselineEnd();
        }
        return new Activity(id, milestone, title, assignments(task, where), start, end, owner, dependencies(task, where),
                progress(task, known), baselineStart, baselineEnd, parent, task.getMilestone(), constraint(task, start, where),
                text(task.getNotes()).orElse(null));
    }

    private List<Assignment> assignments(Task task, String where) {
        Map<String, BigDecimal> work = new LinkedHashMap<>();
        for (ResourceAssignment a : task.getResourceAssignments()) {
            if (a.getResource() == null || !resourceIds.containsKey(a.getResource().getUniqueID())) {
                continue;
            }
            Duration d = a.getWork() != null ? a.getWork() : task.getWork();
            String resource = resourceIds.get(a.getResource().getUniqueID());
            if (work.containsKey(resource)) {
                notes.add(where + ": books " + resource + " more than once; kept as one assignment of their work together"
                        + " (rates of the separate assignments not kept)");
            }
            work.merge(resource, days(d), BigDecimal::add);
        }
        return work.entrySet().stream().map(e -> new Assignment(e.getKey(), e.getValue())).toList();
    }

    private List<Dependency> dependencies(Task task, String where) {
        List<Dependency> links = new ArrayList<>();
        for (Relation relation : task.getPredecessors()) {
            String predecessor = ids.get(relation.getPredecessorTask());
            if (predecessor == null) {
                Task p = relation.getPredecessorTask();
                notes.add(where + ": its link from '" + (p == null ? "?" : p.getName()) + "' joins a task outside the"
                        + " work breakdown (the project summary or an external project); not kept");
                continue;
            }
            LinkType type = switch (relation.getType()) {
                case START_START -> LinkType.SS;
                case FINISH_FINISH -> LinkType.FF;
                case START_FINISH -> LinkType.SF;
                default -> LinkType.FS;
            };
            links.add(new Dependency(predecessor, type, LagUnits.lag(relation.getLag())));
        }
        return links;
    }

    /**
     * The task's constraint; the start-no-earlier-than pin {@link MspdiExporter} puts on our tasks so that MS Project
     * keeps their dates is not a constraint of the plan.
     */
    private Constraint constraint(Task task, LocalDate start, String where) {
        org.mpxj.ConstraintType type = task.getConstraintType();
        if (type == null || type == org.mpxj.ConstraintType.AS_SOON_AS_POSSIBLE) {
            return null;
        }
        LocalDate date = date(task.getConstraintDate());
        if (type == org.mpxj.ConstraintType.START_NO_EARLIER_THAN && MspdiFields.KIND_ACTIVITY.equals(
                task.getText(MspdiFields.KIND)) && MspdiFields.PINNED.equals(task.getText(MspdiFields.PIN))) {
            return null;
        }
        ConstraintType ours;
        try {
            ours = ConstraintType.valueOf(type.name()); // ours bear MS Project's names
        } catch (IllegalArgumentException e) {
            notes.add(where + ": constraint " + type + " not kept (not one MS Project offers)");
            return null;
        }
        if (ours.dated() && date == null) {
            date = start;
        }
        return new Constraint(ours, ours.dated() ? date : null);
    }

    /** The task's % complete; 0 in the file stays "not reported" when the plan had no progress for it. */
    private static Integer progress(Task task, Activity known) {
        Number percent = task.getPercentageComplete();
        if (percent == null) {
            return known != null ? known.progress() : null;
        }
        int value = Math.max(0, Math.min(100, (int) Math.round(percent.doubleValue())));
        if (value == 0 && (known == null || known.progress() == null)) {
            return null;
        }
        return value;
    }

    private BigDecimal days(Duration work) {
        if (work == null) {
            return BigDecimal.ZERO;
        }
        double hours = work.convertUnits(TimeUnit.HOURS, project.getProjectProperties()).getDuration();
        return decimal(hours / hoursPerDay);
    }
}
