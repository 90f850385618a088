package org.tadworkbench.mspdi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.ActualEffort;
import org.tadworkbench.plan.Assignment;
import org.tadworkbench.plan.Constraint;
import org.tadworkbench.plan.ConstraintType;
import org.tadworkbench.plan.Dependency;
import org.tadworkbench.plan.Lag;
import org.tadworkbench.plan.LinkType;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.Resource;
import org.tadworkbench.plan.WorkBreakdown;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceReader;
import org.tadworkbench.workspace.WorkspaceWriter;

/**
 * Over seeded random work breakdowns (summary tasks to three levels, milestone tasks, several resources per task,
 * links of every kind with lags in every unit, constraints, progress, baselines, notes, actuals by resource and
 * month): plan.yaml reads back what was written, and a plan exported to MS Project XML and imported again is the
 * same plan.
 */
class BreakdownRoundTripPropertyTests {

    private static final LocalDate FIRST = LocalDate.of(2020, 1, 6);
    private static final List<String> LAG_UNITS = List.of("d", "h", "w", "mo", "ed", "ew", "%", "m");

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 40).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void planYamlReadsBackWhatWasWritten(long seed) throws Exception {
        Workspace reference = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace();
        Plan plan = randomPlan(new SplittableRandom(seed));
        Workspace ws = new Workspace(reference.manifest(), reference.sections(), reference.glossary(),
                reference.references(), reference.specs(), reference.releases(), plan, reference.raid(),
                reference.model(), reference.traces(), reference.snapshots());
        Path dir = Files.createTempDirectory("tad-breakdown");
        new WorkspaceWriter().write(ws, dir);

        assertThat(new WorkspaceReader().read(dir).workspace().plan()).isEqualTo(plan);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void exportThenImportGivesTheSamePlan(long seed) throws Exception {
        Plan plan = randomPlan(new SplittableRandom(seed));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MspdiExporter.write(plan, out);

        MspdiImport imported = MspdiImporter.read(new ByteArrayInputStream(out.toByteArray()), "plan.xml", plan);

        assertThat(PlanChanges.between(plan, imported.plan()).changes()).isEmpty();
        assertThat(imported.plan().activities()).extracting(Activity::id)
                .containsExactlyElementsOf(plan.activities().stream().map(Activity::id).toList());
        assertThat(imported.plan().actuals()).containsExactlyInAnyOrderElementsOf(plan.actuals());
        assertThat(imported.plan().activities()).containsExactlyElementsOf(plan.activities());
        assertThat(imported.plan()).isEqualTo(plan);
        assertThat(imported.warnings()).isEmpty();
    }

    private static Plan randomPlan(SplittableRandom random) {
        List<Resource> resources = new ArrayList<>();
        for (int r = 0, n = random.nextInt(1, 4); r < n; r++) {
            resources.add(new Resource("r" + r, "Resource " + r, BigDecimal.valueOf(random.nextInt(0, 1501)), null,
                    random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(1, 2000)),
                    random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(1, 500))));
        }
        List<Activity> activities = new ArrayList<>();
        List<String> leaves = new ArrayList<>();
        List<ActualEffort> actuals = new ArrayList<>();
        int count = random.nextInt(1, 25);
        for (int i = 0; i < count; i++) {
            String id = "T" + i;
            String parent = null;
            if (i > 0 && random.nextInt(3) > 0) {
                Activity candidate = activities.get(random.nextInt(activities.size()));
                if (!candidate.milestoneTask() && depth(activities, candidate) < 3) {
                    parent = candidate.id();
                }
            }
            boolean milestoneTask = random.nextInt(6) == 0;
            LocalDate start = FIRST.plusDays(random.nextInt(0, 200));
            LocalDate end = milestoneTask ? start : start.plusDays(random.nextInt(0, 40));
            List<Assignment> assignments = new ArrayList<>();
            if (!milestoneTask) {
                for (Resource r : resources) {
                    if (random.nextInt(3) == 0) {
                        assignments.add(new Assignment(r.id(), BigDecimal.valueOf(random.nextInt(0, 81), 1)
                                .stripTrailingZeros()));
                    }
                }
            }
            List<Dependency> links = new ArrayList<>();
            for (String leaf : leaves) {
                if (random.nextInt(8) == 0) {
                    String unit = LAG_UNITS.get(random.nextInt(LAG_UNITS.size()));
                    Lag lag = random.nextBoolean() ? Lag.NONE
                            : new Lag(BigDecimal.valueOf(random.nextInt(-4, 9) * 25L, 2), unit);
                    links.add(new Dependency(leaf, LinkType.values()[random.nextInt(4)], lag));
                }
            }
            Constraint constraint = switch (random.nextInt(5)) {
                case 0 -> new Constraint(ConstraintType.AS_LATE_AS_POSSIBLE, null);
                case 1 -> new Constraint(ConstraintType.values()[random.nextInt(1, ConstraintType.values().length)],
                        start.plusDays(random.nextInt(0, 5)));
                default -> null;
            };
            Integer progress = random.nextInt(3) == 0 ? null : random.nextInt(0, 101);
            LocalDate baselineStart = random.nextBoolean() ? null : start.minusDays(random.nextInt(0, 10));
            activities.add(new Activity(id, null, "Task " + i + (random.nextBoolean() ? " & <more>" : ""), assignments,
                    start, end, random.nextBoolean() ? null : "Owner " + i, links, progress, baselineStart,
                    baselineStart == null ? null : end, parent, milestoneTask, constraint,
                    random.nextInt(4) == 0 ? "Notes on task " + i + "\nsecond line" : null));
            for (Assignment a : assignments) {
                for (int m = 0; m < 3; m++) {
                    if (random.nextInt(3) == 0) {
                        actuals.add(new ActualEffort(id, YearMonth.from(start).plusMonths(m),
                                BigDecimal.valueOf(random.nextInt(1, 40), 1).stripTrailingZeros(),
                                assignments.size() == 1 ? null : a.resource()));
                    }
                }
            }
        }
        WorkBreakdown breakdown = new WorkBreakdown(activities);
        // Links join leaf tasks (MS Project does not link a summary task to what it holds); summary tasks carry
        // no work of their own and no actuals.
        List<Activity> cleaned = new ArrayList<>();
        for (Activity a : activities) {
            boolean summary = breakdown.isSummary(a.id());
            List<Dependency> links = a.dependencies().stream().filter(d -> !breakdown.isSummary(d.task())).toList();
            cleaned.add(new Activity(a.id(), null, a.title(), summary ? List.of() : a.assignments(), a.start(), a.end(),
                    a.owner(), summary ? List.of() : links, a.progress(), a.baselineStart(), a.baselineEnd(), a.parent(),
                    a.milestoneTask(), summary ? null : a.constraint(), a.notes()));
        }
        List<ActualEffort> kept = actuals.stream().filter(x -> !breakdown.isSummary(x.activity())).toList();
        Plan empty = Plan.empty();
        return new Plan("GBP", resources, List.of(), outlineOrder(cleaned), empty.budget(), kept, null, null);
    }

    /** The tasks as MS Project lists them: each summary task followed by what it holds. */
    private static List<Activity> outlineOrder(List<Activity> activities) {
        return new WorkBreakdown(activities).outline();
    }

    private static int depth(List<Activity> activities, Activity task) {
        int depth = 0;
        for (String at = task.parent(); at != null; depth++) {
            String current = at;
            at = activities.stream().filter(a -> a.id().equals(current)).findFirst().map(Activity::parent).orElse(null);
        }
        return depth;
    }
}
