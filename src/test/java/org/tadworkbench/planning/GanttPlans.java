package org.tadworkbench.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.Assignment;
import org.tadworkbench.plan.Dependency;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.Resource;

/**
 * Plans as MS Project hands them over, built in code: a work breakdown of summary tasks, leaf tasks and milestone
 * tasks, no PID milestones. Shared by the Gantt and monthly report tests.
 */
public final class GanttPlans {

    public static final LocalDate TODAY = LocalDate.of(2025, 3, 31);
    private static final List<Resource> RESOURCES = List.of(
            new Resource("alice", "Alice Analyst", new BigDecimal("500")),
            new Resource("bob", "Bob Builder", new BigDecimal("400")));

    /** The three-level plan's tasks in outline order: its plan order differs (a child comes before its parent). */
    public static final List<String> THREE_LEVEL_OUTLINE = List.of("A1", "A1.1", "A1.1.1", "A1.1.2", "A1.2", "B1", "B1.1",
            "B1.2");

    private GanttPlans() {
    }

    /**
     * Design (A1, holding Requirements A1.1 with two tasks, and Architecture A1.2 worked by both resources), then
     * Build (B1: a task and the milestone task "Build complete"), chained finish-to-start. Alice 7 days at 500,
     * Bob 8 days at 400: 15 days, 6,700. Interview users is done, Write use cases half done: Requirements 80%.
     */
    public static Plan threeLevels() {
        return plan(List.of(
                task("B1.1", "B1", "Code the parser", day(3, 3), day(3, 14), List.of(work("bob", "5")), "A1.2"),
                summary("A1", null, "Design & <review>", day(1, 6), day(2, 28)),
                summary("A1.1", "A1", "Requirements", day(1, 6), day(1, 17)),
                task("A1.1.1", "A1.1", "Interview users", day(1, 6), day(1, 10), List.of(work("alice", "3")), null).withProgress(100),
                task("A1.1.2", "A1.1", "Write use cases", day(1, 13), day(1, 17), List.of(work("bob", "2")), "A1.1.1").withProgress(50),
                task("A1.2", "A1", "Architecture", day(1, 20), day(2, 28),
                        List.of(work("alice", "4"), work("bob", "1")), "A1.1.2"),
                summary("B1", null, "Build", day(3, 3), day(3, 21)),
                milestoneTask("B1.2", "B1", "Build complete", day(3, 21), "B1.1")));
    }

    /** {@code summaries} top-level summary tasks "Stage n", each holding {@code perSummary} tasks of one day. */
    public static Plan twoLevels(int summaries, int perSummary) {
        List<Activity> tasks = new ArrayList<>();
        for (int s = 1; s <= summaries; s++) {
            tasks.add(summary("S" + s, null, "Stage " + s, day(1, 6), day(1, 6).plusDays(perSummary)));
            for (int t = 1; t <= perSummary; t++) {
                tasks.add(task("S" + s + "." + t, "S" + s, "Step " + s + "." + t, day(1, 6).plusDays(t), day(1, 6).plusDays(t),
                        List.of(work(t % 2 == 0 ? "alice" : "bob", "1")), null));
            }
        }
        return plan(tasks);
    }

    /** Stages holding phases holding one-day steps: a breakdown that fits only down to its phases. */
    public static Plan deep(int stages, int phasesPerStage, int stepsPerPhase) {
        List<Activity> tasks = new ArrayList<>();
        for (int s = 1; s <= stages; s++) {
            tasks.add(summary("S" + s, null, "Stage " + s, day(1, 6), day(3, 28)));
            for (int p = 1; p <= phasesPerStage; p++) {
                String phase = "S" + s + "." + p;
                tasks.add(summary(phase, "S" + s, "Phase " + phase, day(1, 6), day(3, 28)));
                for (int t = 1; t <= stepsPerPhase; t++) {
                    tasks.add(task(phase + "." + t, phase, "Step " + phase + "." + t, day(1, 6).plusDays(t),
                            day(1, 6).plusDays(t), List.of(work("alice", "1")), null));
                }
            }
        }
        return plan(tasks);
    }

    /** {@code n} one-day tasks without any breakdown. */
    public static Plan flat(int n) {
        List<Activity> tasks = new ArrayList<>();
        for (int t = 1; t <= n; t++) {
            tasks.add(task("T" + t, null, "Task " + t, day(1, 6).plusDays(t % 60), day(1, 6).plusDays(t % 60),
                    List.of(work("bob", "1")), null));
        }
        return plan(tasks);
    }

    private static Plan plan(List<Activity> tasks) {
        return new Plan("GBP", RESOURCES, List.of(), tasks, List.of());
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    private static Assignment work(String resource, String days) {
        return new Assignment(resource, new BigDecimal(days));
    }

    private static Activity task(String id, String parent, String title, LocalDate start, LocalDate end,
                                 List<Assignment> work, String after) {
        return new Activity(id, null, title, work, start, end, null,
                after == null ? List.of() : List.of(Dependency.on(after)), null, null, null, parent, false, null, null);
    }

    private static Activity summary(String id, String parent, String title, LocalDate start, LocalDate end) {
        return task(id, parent, title, start, end, List.of(), null);
    }

    private static Activity milestoneTask(String id, String parent, String title, LocalDate date, String after) {
        return new Activity(id, null, title, List.of(), date, date, null, List.of(Dependency.on(after)), null, null, null,
                parent, true, null, null);
    }
}
