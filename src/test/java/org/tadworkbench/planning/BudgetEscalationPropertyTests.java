package org.tadworkbench.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.BudgetLine;
import org.tadworkbench.plan.BudgetThresholds;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.plan.Resource;

/**
 * The escalation rule at its boundary, with seeded random amounts: a forecast in whole pence escalates exactly when
 * it is over {@code percent}% of the most the stated amount may stand for (amount plus half the unit it is rounded
 * to). The expected limit is worked out here from the rule as docs/workspace-format.md states it.
 */
class BudgetEscalationPropertyTests {

    private static final BigDecimal PENNY = new BigDecimal("0.01");
    private static final BigDecimal[] ROUNDINGS = {null, PENNY, BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("100"),
            new BigDecimal("1000"), new BigDecimal("5000")};
    /** One Working Day in FY 2019/20, after the analysis date: the activity's whole cost is that year's forecast. */
    private static final LocalDate WORK_DAY = LocalDate.of(2019, 6, 3);
    private static final LocalDate TODAY = LocalDate.of(2019, 5, 1);

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 40).boxed();
    }

    /** A forecast of exactly {@code forecast} in FY 2019/20 (a £1-a-day resource), against one budget line. */
    private static PlanAnalysis analyse(BigDecimal forecast, BudgetLine line, BudgetThresholds thresholds) {
        Plan plan = new Plan("GBP", List.of(new Resource("r", "Resource", BigDecimal.ONE)), List.of(),
                List.of(new Activity("A", null, "Work", "r", forecast, WORK_DAY, WORK_DAY, null, List.of())),
                List.of(line)).withThresholds(thresholds);
        return PlanAnalysis.of(plan, new RaidLog(List.of(), List.of(), List.of(), List.of(), List.of()), TODAY);
    }

    private static BigDecimal pence(SplittableRandom random, long maxPence) {
        return BigDecimal.valueOf(random.nextLong(1, maxPence + 1), 2);
    }

    private static BigDecimal expectedLimit(BigDecimal amount, BigDecimal roundedTo, int percent) {
        BigDecimal most = roundedTo == null ? amount : amount.add(roundedTo.divide(BigDecimal.valueOf(2)));
        return most.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100));
    }

    /** The largest whole-pence forecast not over {@code limit}. */
    private static BigDecimal atMost(BigDecimal limit) {
        return limit.setScale(2, RoundingMode.FLOOR);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void neverEscalatesWithinTheToleranceAndAlwaysAboveIt(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        BigDecimal amount = pence(random, 10_000_000_00L);
        BigDecimal roundedTo = ROUNDINGS[random.nextInt(ROUNDINGS.length)];
        String sharedWith = random.nextBoolean() ? "BAD SMETS1 update" : null;
        BudgetLine line = new BudgetLine("2019/20", amount, roundedTo, sharedWith, null, null);
        int tabasc = random.nextInt(50, 151);
        int panel = tabasc + random.nextInt(0, 51);
        BudgetThresholds thresholds = new BudgetThresholds(tabasc, panel, 5);
        BigDecimal tabascLimit = expectedLimit(amount, roundedTo, tabasc);
        BigDecimal panelLimit = expectedLimit(amount, roundedTo, panel);

        BigDecimal edge = atMost(tabascLimit);
        BigDecimal inside = atMost(edge.multiply(BigDecimal.valueOf(random.nextDouble())));
        for (BigDecimal within : List.of(edge, inside)) {
            PlanAnalysis analysis = analyse(within, line, thresholds);
            assertThat(analysis.budget().get(0).forecast()).isEqualByComparingTo(within);
            assertThat(analysis.escalations()).as("forecast %s, line %s, TABASC %s%%", within, line, tabasc).isEmpty();
            assertThat(analysis.budget().get(0).assessment()).isEqualTo(BudgetAssessment.WITHIN);
        }

        BigDecimal justOver = edge.add(PENNY);
        BigDecimal farOver = justOver.add(pence(random, 1_000_000_00L));
        for (BigDecimal over : List.of(justOver, farOver)) {
            PlanAnalysis analysis = analyse(over, line, thresholds);
            EscalationLevel expected = over.compareTo(panelLimit) > 0 ? EscalationLevel.PANEL_AND_BOARD
                    : EscalationLevel.TABASC;
            assertThat(analysis.escalations()).as("forecast %s, line %s, TABASC %s%%", over, line, tabasc)
                    .singleElement().satisfies(e -> {
                        assertThat(e.level()).isEqualTo(expected);
                        assertThat(e.budgetLine()).isEqualTo("2019/20");
                    });
            assertThat(analysis.budget().get(0).assessment()).isEqualTo(BudgetAssessment.ESCALATED);
        }
        PlanAnalysis overPanel = analyse(atMost(panelLimit).add(PENNY), line, thresholds);
        assertThat(overPanel.escalations()).singleElement()
                .satisfies(e -> assertThat(e.level()).isEqualTo(EscalationLevel.PANEL_AND_BOARD));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aLineWhoseAmountIsNotStatedIsNeverAssessed(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        BigDecimal forecast = pence(random, 100_000_000_00L);
        BudgetLine unstated = new BudgetLine("2019/20", null, null, random.nextBoolean() ? "other work" : null,
                "available unspent project budget", null);

        PlanAnalysis analysis = analyse(forecast, unstated, new BudgetThresholds(random.nextInt(0, 200), 200, 5));

        assertThat(analysis.escalations()).isEmpty();
        assertThat(analysis.budget().get(0).assessment()).isEqualTo(BudgetAssessment.CANNOT_ASSESS);
        assertThat(analysis.unassessedBudget()).containsExactly("2019/20");
        assertThat(analysis.budget().get(0).summary("GBP")).startsWith("cannot assess: amount not stated");
    }
}
