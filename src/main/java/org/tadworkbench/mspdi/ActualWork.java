package org.tadworkbench.mspdi;

import static org.tadworkbench.mspdi.MspdiImporter.date;
import static org.tadworkbench.mspdi.MspdiImporter.decimal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.mpxj.Duration;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.TimephasedWork;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.ActualEffort;
import org.tadworkbench.plan.Plan;

/**
 * The actual work of an import: what the file reports on each assignment, by month (its timephased actuals, or its
 * actual work spread over the weekdays it was done), merged with what the plan already recorded.
 */
final class ActualWork {

    private final Plan current;
    private final Map<String, Activity> existingById;
    private final Map<Integer, String> resourceIds;
    private final Function<Duration, BigDecimal> days;
    private final Map<String, Map<String, Reported>> file = new LinkedHashMap<>();

    /** {@code days} turns the file's work into Working Days; {@code resourceIds} maps its resources to ours. */
    ActualWork(Plan current, Map<String, Activity> existingById, Map<Integer, String> resourceIds,
               Function<Duration, BigDecimal> days) {
        this.current = current;
        this.existingById = existingById;
        this.resourceIds = resourceIds;
        this.days = days;
    }

    /** Actual work a file reports on one assignment: its total as the file states it, and by month. */
    private record Reported(BigDecimal total, List<ActualEffort> months) {
    }

    /** Reads the file's actual work on the task's assignments, per resource (nothing when it reports none). */
    void read(Task task, Activity activity) {
        Map<String, Reported> byResource = new LinkedHashMap<>();
        for (ResourceAssignment a : task.getResourceAssignments()) {
            if (a.getResource() == null || !resourceIds.containsKey(a.getResource().getUniqueID())) {
                continue;
            }
            String resource = resourceIds.get(a.getResource().getUniqueID());
            Map<YearMonth, BigDecimal> months = new TreeMap<>();
            List<TimephasedWork> phased = a.getTimephasedActualWork();
            if (phased != null && !phased.isEmpty()) {
                for (TimephasedWork w : phased) {
                    spread(months, date(w.getStart()), date(w.getFinish()), days.apply(w.getTotalAmount()));
                }
            } else if (a.getActualWork() != null && a.getActualWork().getDuration() > 0) {
                LocalDate from = date(a.getActualStart() != null ? a.getActualStart() : task.getStart());
                LocalDate to = date(a.getActualFinish() != null ? a.getActualFinish()
                        : a.getStop() != null ? a.getStop() : task.getFinish());
                spread(months, from, to, days.apply(a.getActualWork()));
            }
            String key = activity.assignments().size() <= 1 ? null : resource;
            List<ActualEffort> list = new ArrayList<>();
            months.forEach((month, d) -> {
                BigDecimal rounded = decimal(d.doubleValue());
                if (rounded.signum() > 0) {
                    list.add(new ActualEffort(activity.id(), month, rounded, key));
                }
            });
            if (!list.isEmpty()) {
                BigDecimal stated = a.getActualWork() == null ? total(list) : days.apply(a.getActualWork()).stripTrailingZeros();
                byResource.put(resource, new Reported(stated, list));
            }
        }
        file.put(activity.id(), byResource);
    }

    /** Work spread evenly over the weekdays from {@code from} to {@code to}, by month. */
    private static void spread(Map<YearMonth, BigDecimal> months, LocalDate from, LocalDate to, BigDecimal days) {
        if (from == null || days.signum() <= 0) {
            return;
        }
        LocalDate end = to == null || to.isBefore(from) ? from : to;
        Map<YearMonth, Integer> weekdays = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(end); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekdays.merge(YearMonth.from(d), 1, Integer::sum);
            }
        }
        if (weekdays.isEmpty()) {
            weekdays.put(YearMonth.from(from), 1);
        }
        int total = weekdays.values().stream().mapToInt(Integer::intValue).sum();
        weekdays.forEach((month, n) -> months.merge(month, days.multiply(BigDecimal.valueOf(n))
                .divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_EVEN), BigDecimal::add));
    }

    /**
     * The plan's actuals: for each task and resource the file reports actual work on, the file's by month -- unless
     * the plan already records the same total, which it keeps as recorded (an export carries totals only); for the
     * rest, what the plan recorded on tasks that are still in it.
     */
    List<ActualEffort> merged(List<Activity> activities) {
        List<ActualEffort> out = new ArrayList<>();
        for (Activity activity : activities) {
            Map<String, Reported> reported = file.getOrDefault(activity.id(), Map.of());
            List<ActualEffort> recorded = current.actuals().stream().filter(a -> a.activity().equals(activity.id())).toList();
            for (ActualEffort a : recorded) {
                String resource = a.resource() != null ? a.resource() : existingResource(a.activity());
                Reported fromFile = reported.get(resource);
                if (fromFile == null || fromFile.total().compareTo(total(recorded, resource)) == 0) {
                    out.add(a);
                }
            }
            reported.forEach((resource, r) -> {
                if (r.total().compareTo(total(recorded, resource)) != 0) {
                    out.addAll(r.months());
                }
            });
        }
        // Recorded actuals keep their place in plan.yaml (a clean git diff); new ones follow in task order.
        Map<ActualEffort, Integer> place = new HashMap<>();
        for (int i = 0; i < current.actuals().size(); i++) {
            place.putIfAbsent(current.actuals().get(i), i);
        }
        out.sort(java.util.Comparator.comparingInt(a -> place.getOrDefault(a, Integer.MAX_VALUE)));
        return out;
    }

    private String existingResource(String activity) {
        Activity known = existingById.get(activity);
        return known == null ? null : known.resource();
    }

    private BigDecimal total(List<ActualEffort> recorded, String resource) {
        return total(recorded.stream().filter(a -> resource.equals(a.resource() != null ? a.resource()
                : existingResource(a.activity()))).toList());
    }

    private static BigDecimal total(List<ActualEffort> actuals) {
        return actuals.stream().map(ActualEffort::days).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
    }
}
