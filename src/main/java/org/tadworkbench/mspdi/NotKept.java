package org.tadworkbench.mspdi;

import static org.tadworkbench.mspdi.MspdiImporter.date;
import static org.tadworkbench.mspdi.MspdiImporter.decimal;
import static org.tadworkbench.mspdi.MspdiImporter.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Task;

/**
 * What a project file holds that the plan has no place for, one note each, named by task or resource: the import's
 * list of what it does not keep. Read from the file's tasks and resources as the mapping meets them.
 */
final class NotKept {

    private final ProjectFile project;
    private final List<String> notes = new ArrayList<>();

    NotKept(ProjectFile project) {
        this.project = project;
    }

    void add(String note) {
        notes.add(note);
    }

    /** The notes, the same thing said of several tasks said once naming every task. */
    List<String> list() {
        return grouped(notes);
    }

    private static final java.util.regex.Pattern TASK_NOTE = java.util.regex.Pattern.compile("task (\\S+ '.*?'): (.*)");

    /**
     * The notes with the same thing said of several tasks said once, naming every task ("a recurring task; ... -- 3
     * tasks: T6 'Recurring Task', T7 ..."), in the order they first came up.
     */
    static List<String> grouped(List<String> notes) {
        Map<String, List<String>> tasksByReason = new LinkedHashMap<>();
        for (String note : notes) {
            java.util.regex.Matcher m = TASK_NOTE.matcher(note);
            if (m.matches()) {
                tasksByReason.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(m.group(1));
            } else {
                tasksByReason.computeIfAbsent(note, k -> new ArrayList<>());
            }
        }
        List<String> out = new ArrayList<>();
        tasksByReason.forEach((reason, tasks) -> out.add(switch (tasks.size()) {
            case 0 -> reason;
            case 1 -> "task " + tasks.get(0) + ": " + reason;
            default -> reason + " \u2014 " + tasks.size() + " tasks: " + String.join(", ", tasks);
        }));
        return out;
    }

    /** What the whole file is, where the plan reads it otherwise than the file means it. */
    void file(String planCurrency) {
        String type = project.getProjectProperties().getFileType();
        if (type != null && !type.equals("MSPDI") && !type.equals("MPP")) {
            notes.add("the file is " + type + " (" + text(project.getProjectProperties().getFileApplication())
                    .orElse("not MS Project") + "), read through MPXJ; the import is made for MS Project files"
                    + " (XML or .mpp): check what it reads");
        }
        String currency = project.getProjectProperties().getCurrencyCode();
        if (currency != null && !currency.isBlank() && !currency.equalsIgnoreCase(planCurrency)) {
            notes.add("the file's amounts are in " + currency + "; the plan keeps " + planCurrency
                    + " and takes the rates as they stand, not converted");
        }
    }

    /** What a resource says of itself beyond its name and rates, which the plan has no place for. */
    void resource(org.mpxj.Resource r, String id) {
        List<String> held = new ArrayList<>();
        if (text(r.getGroup()).isPresent()) {
            held.add("group");
        }
        if (text(r.getEmailAddress()).isPresent()) {
            held.add("e-mail address");
        }
        if (r.getMaxUnits() != null && r.getMaxUnits().doubleValue() != 100) {
            held.add("maximum units " + decimal(r.getMaxUnits().doubleValue()).toPlainString() + "%");
        }
        if (text(r.getNotes()).isPresent()) {
            held.add("notes");
        }
        if (!held.isEmpty()) {
            notes.add("resource " + id + " '" + r.getName().trim() + "': " + String.join(", ", held) + " not kept");
        }
    }

    /** Notes for what a task holds that the plan has no place for. */
    void task(Task task, String where) {
        if (task.getRecurring()) {
            notes.add(where + ": a recurring task; its occurrences are kept as its tasks, the recurrence pattern is not");
        }
        List<Integer> baselines = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            if (task.getBaselineStart(n) != null || task.getBaselineFinish(n) != null || some(task.getBaselineDuration(n))
                    || some(task.getBaselineWork(n)) || some(task.getBaselineCost(n))) {
                baselines.add(n);
            }
        }
        if (some(task.getBaselineWork()) || some(task.getBaselineCost())) {
            notes.add(where + ": the baseline's work and cost not kept (the plan keeps the baseline's dates)");
        }
        if (!baselines.isEmpty()) {
            notes.add(where + ": baseline" + (baselines.size() == 1 ? " " : "s ") + baselines.stream().map(String::valueOf)
                    .reduce((a, b) -> a + ", " + b).orElse("") + " not kept (the plan keeps the first baseline only)");
        }
        if (task.getDeadline() != null) {
            notes.add(where + ": deadline " + date(task.getDeadline()) + " not kept");
        }
        if (task.getFixedCost() != null && task.getFixedCost().doubleValue() != 0) {
            notes.add(where + ": fixed cost " + decimal(task.getFixedCost().doubleValue()).toPlainString()
                    + " not kept (the plan costs work at resource rates)");
        }
        if (task.getCalendar() != null && !task.getCalendar().equals(project.getDefaultCalendar())) {
            notes.add(where + ": its own calendar '" + task.getCalendar().getName() + "' not kept (the plan counts SEC"
                    + " Working Days)");
        }
        if (!task.getActive()) {
            notes.add(where + ": inactive in MS Project; kept as an active task (its work counts in the plan)");
        }
        if (task.getPriority() != null && task.getPriority().getValue() != org.mpxj.Priority.MEDIUM) {
            notes.add(where + ": priority " + task.getPriority().getValue() + " not kept");
        }
        if (text(task.getHyperlink()).isPresent()) {
            notes.add(where + ": hyperlink not kept");
        }
        if (task.getTaskMode() == org.mpxj.TaskMode.MANUALLY_SCHEDULED) {
            notes.add(where + ": manually scheduled in MS Project; kept with its dates, exported as automatically"
                    + " scheduled (pinned to its start)");
        }
        List<String> custom = customFields(task);
        if (!custom.isEmpty()) {
            notes.add(where + ": custom field" + (custom.size() == 1 ? " " : "s ") + String.join(", ", custom)
                    + " not kept");
        }
        if (task.getExternalTask() || task.getSubprojectFile() != null) {
            notes.add(where + ": a task of another project file; kept as a task of this plan");
        }
    }

    private static final java.util.regex.Pattern CUSTOM =
            java.util.regex.Pattern.compile("(TEXT|DATE|COST|FLAG|NUMBER|DURATION|START|FINISH|OUTLINE_CODE)([0-9]+)");

    /** The task's custom fields that hold a value (Text1 to Text4 are ours on a task our export wrote). */
    private List<String> customFields(Task task) {
        boolean ours = task.getText(MspdiFields.KIND) != null;
        List<String> held = new ArrayList<>();
        for (org.mpxj.FieldType field : populatedTaskFields()) {
            java.util.regex.Matcher m = CUSTOM.matcher(field instanceof Enum<?> e ? e.name() : String.valueOf(field));
            if (!m.matches() || ours && m.group(1).equals("TEXT") && Integer.parseInt(m.group(2)) <= 4) {
                continue;
            }
            Object value = task.getCachedValue(field);
            boolean set = value != null && !Boolean.FALSE.equals(value)
                    && !(value instanceof Number n && n.doubleValue() == 0)
                    && !(value instanceof Duration d && d.getDuration() == 0)
                    && !(value instanceof String text && text.isBlank());
            if (set) {
                held.add(field.getName() != null ? field.getName() : String.valueOf(field));
            }
        }
        return held;
    }

    private java.util.Set<org.mpxj.FieldType> populated;

    private java.util.Set<org.mpxj.FieldType> populatedTaskFields() {
        if (populated == null) {
            populated = project.getTasks().getPopulatedFields();
        }
        return populated;
    }

    private static boolean some(Duration d) {
        return d != null && d.getDuration() != 0;
    }

    private static boolean some(Number n) {
        return n != null && n.doubleValue() != 0;
    }

}
