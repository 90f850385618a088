package org.tadworkbench.generate;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.Assignment;
import org.tadworkbench.plan.BudgetLine;
import org.tadworkbench.plan.Dependency;
import org.tadworkbench.plan.Lag;
import org.tadworkbench.plan.LinkType;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.Resource;

/**
 * A plan with a work breakdown of a given size, shaped like a programme kept in MS Project: phases (summary tasks)
 * of work packages (summary tasks) of tasks, each package closed by a milestone task; tasks chained finish-to-start
 * with some start-to-start links with a lag, one or two resources each. For benchmarks of the import and analysis.
 */
final class PlanGenerator {

    private static final int TASKS_PER_PACKAGE = 8;
    private static final int PACKAGES_PER_PHASE = 6;

    private PlanGenerator() {
    }

    static Plan generate(int tasks, SplittableRandom random) {
        List<Resource> resources = List.of(new Resource("core", "SECAS Core", new BigDecimal("900")),
                new Resource("coe", "SECAS CoE", new BigDecimal("1200")));
        List<Activity> activities = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 1, 5);
        int phase = 0;
        while (activities.size() < tasks) {
            phase++;
            String phaseId = "P" + phase;
            int phaseAt = activities.size();
            activities.add(null);
            LocalDate phaseStart = day;
            for (int p = 1; p <= PACKAGES_PER_PHASE && activities.size() < tasks; p++) {
                String packageId = phaseId + "." + p;
                int packageAt = activities.size();
                activities.add(null);
                LocalDate packageStart = day;
                String previous = null;
                for (int t = 1; t <= TASKS_PER_PACKAGE && activities.size() < tasks; t++) {
                    String id = packageId + "." + t;
                    LocalDate start = day;
                    LocalDate end = workdays(start, 1 + random.nextInt(5));
                    List<Assignment> work = new ArrayList<>();
                    work.add(new Assignment(random.nextBoolean() ? "core" : "coe", BigDecimal.valueOf(1 + random.nextInt(8))));
                    if (random.nextInt(4) == 0) {
                        work.add(new Assignment(work.get(0).resource().equals("core") ? "coe" : "core", BigDecimal.ONE));
                    }
                    List<Dependency> links = previous == null ? List.of() : List.of(random.nextInt(5) == 0
                            ? new Dependency(previous, LinkType.SS, Lag.parse("2d")) : Dependency.on(previous));
                    activities.add(new Activity(id, null, "Task " + id, work, start, end, null, links, null, null,
                            null, packageId, false, null, null));
                    previous = id;
                    day = end.plusDays(1);
                }
                if (activities.size() < tasks) {
                    activities.add(new Activity(packageId + ".done", null, "Package " + packageId + " done", List.of(), day,
                            day, null, previous == null ? List.of() : List.of(Dependency.on(previous)), null, null, null,
                            packageId, true, null, null));
                }
                activities.set(packageAt, summary(packageId, "Work package " + packageId, phaseId, packageStart, day));
            }
            activities.set(phaseAt, summary(phaseId, "Phase " + phase, null, phaseStart, day));
            day = day.plusDays(1);
        }
        return new Plan("GBP", resources, List.of(), activities, List.of(new BudgetLine("2025/26",
                new BigDecimal("10000000"), null), new BudgetLine("2026/27", new BigDecimal("10000000"), null),
                new BudgetLine("2027/28", new BigDecimal("10000000"), null)));
    }

    private static Activity summary(String id, String title, String parent, LocalDate start, LocalDate end) {
        return new Activity(id, null, title, List.of(), start, end, null, List.of(), null, null, null, parent, false,
                null, null);
    }

    /** The date {@code n} weekdays on from {@code start} (its last day when counted from 1). */
    private static LocalDate workdays(LocalDate start, int n) {
        LocalDate day = start;
        for (int left = n - 1; left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
