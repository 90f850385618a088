package org.tadworkbench.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.ActualEffort;
import org.tadworkbench.plan.Milestone;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.plan.Resource;

/**
 * Over seeded random plans, actuals and dates: the forecast at completion is never below the actuals to date plus
 * the planned work not yet booked on activities that are not recorded complete (an activity cannot be complete
 * before it starts), equals the planned cost while nothing is booked or started, and every overdue milestone is
 * escalated or says why not. The floor is worked out here from the plan, not from the analysis.
 */
class ForecastPropertyTests {

    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
    private static final RaidLog NO_RAID = new RaidLog(List.of(), List.of(), List.of(), List.of(), List.of());

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 60).boxed();
    }

    private static Plan randomPlan(SplittableRandom random) {
        List<Resource> resources = new ArrayList<>();
        for (int r = 0, n = random.nextInt(1, 4); r < n; r++) {
            resources.add(new Resource("r" + r, "Resource " + r, BigDecimal.valueOf(random.nextInt(0, 1501))));
        }
        List<Milestone> milestones = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        List<ActualEffort> actuals = new ArrayList<>();
        for (int i = 0, n = random.nextInt(1, 8); i < n; i++) {
            LocalDate start = FIRST.plusDays(random.nextInt(0, 240));
            LocalDate end = start.plusDays(random.nextInt(0, 60));
            String milestone = random.nextBoolean() ? "M" + i : null;
            if (milestone != null) {
                LocalDate baseline = random.nextBoolean() ? end : end.minusDays(random.nextInt(0, 20));
                milestones.add(new Milestone(milestone, "Milestone " + i, start, end, "", null, start, baseline));
            }
            BigDecimal effort = BigDecimal.valueOf(random.nextInt(0, 41), 1).multiply(BigDecimal.valueOf(5));
            Integer progress = random.nextInt(3) == 0 ? null : random.nextBoolean() ? 100 : random.nextInt(0, 101);
            String id = "A" + i;
            activities.add(new Activity(id, milestone, "Activity " + i, "r" + random.nextInt(resources.size()), effort,
                    start, end, null, List.of(), progress, null, null));
            for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)); month = month.plusMonths(1)) {
                if (random.nextBoolean()) {
                    actuals.add(new ActualEffort(id, month, BigDecimal.valueOf(random.nextInt(0, 31), 1)));
                }
            }
        }
        return new Plan("GBP", resources, milestones, activities, List.of()).withActuals(actuals);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void forecastIsNeverBelowActualsPlusRemainingPlannedWork(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Plan plan = randomPlan(random);
        Map<String, BigDecimal> rate = plan.resources().stream()
                .collect(Collectors.toMap(Resource::id, Resource::dayRate));
        for (int d = 0; d < 12; d++) {
            LocalDate today = FIRST.minusDays(200).plusDays(random.nextInt(0, 700));
            PlanAnalysis analysis = PlanAnalysis.of(plan, NO_RAID, today);

            BigDecimal actualCost = BigDecimal.ZERO;
            BigDecimal remaining = BigDecimal.ZERO;
            boolean anythingBooked = false;
            for (Activity a : plan.activities()) {
                BigDecimal booked = plan.actuals().stream().filter(x -> x.activity().equals(a.id())
                        && !x.month().isAfter(YearMonth.from(today))).map(ActualEffort::days)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                anythingBooked |= booked.signum() > 0;
                actualCost = actualCost.add(booked.multiply(rate.get(a.resource())));
                boolean mayBeComplete = Integer.valueOf(100).equals(a.progress()) && !today.isBefore(a.start());
                if (!mayBeComplete) {
                    remaining = remaining.add(a.effort().subtract(booked).max(BigDecimal.ZERO)
                            .multiply(rate.get(a.resource())));
                }
            }
            String at = "seed " + seed + " on " + today;
            assertThat(analysis.actualCostToDate()).as(at).isEqualByComparingTo(actualCost.setScale(2,
                    java.math.RoundingMode.HALF_UP));
            assertThat(analysis.forecastAtCompletion()).as(at)
                    .isGreaterThanOrEqualTo(actualCost.add(remaining).subtract(new BigDecimal("0.01")));
            assertThat(analysis.variance()).as(at)
                    .isEqualByComparingTo(analysis.cost().subtract(analysis.forecastAtCompletion()));
            boolean nothingStarted = plan.activities().stream().allMatch(a -> today.isBefore(a.start()));
            if (!anythingBooked && nothingStarted) {
                assertThat(analysis.forecastAtCompletion()).as(at).isEqualByComparingTo(analysis.cost());
            }
            Map<String, MilestoneWindow> windows = analysis.milestones().stream()
                    .collect(Collectors.toMap(MilestoneWindow::id, Function.identity()));
            for (MilestoneWindow m : windows.values()) {
                if (m.state() == MilestoneState.OVERDUE) {
                    assertThat(today).as(at).isAfter(m.end());
                    assertThat(m.escalation() != null || m.summary().contains("not escalated yet: within the threshold"))
                            .as(at + " " + m.summary()).isTrue();
                }
                assertThat(analysis.escalations().stream().anyMatch(e -> m.id().equals(e.milestone())))
                        .as(at + " " + m.id()).isEqualTo(m.escalation() != null);
            }
        }
    }
}
