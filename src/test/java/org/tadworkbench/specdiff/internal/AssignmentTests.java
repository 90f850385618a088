package org.tadworkbench.specdiff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The alignment's assignment is one global optimum, not the first or best-looking pair taken first. */
class AssignmentTests {

    @Test
    void theBestWholeWinsOverTheBestSinglePair() {
        // Greedy would take 0→1 (0.95) and leave 1 with nothing; together 0→0 and 1→1 weigh more (1.7).
        List<Assignment.Pair> pairs = List.of(new Assignment.Pair(0, 0, 0.8), new Assignment.Pair(0, 1, 0.95),
                new Assignment.Pair(1, 1, 0.9));

        assertThat(Assignment.solve(2, 2, pairs)).containsExactly(0, 1);
    }

    @Test
    void aClauseWithoutCandidatesStaysUnmatchedAndSeparatePartsAreSolvedAlone() {
        List<Assignment.Pair> pairs = List.of(new Assignment.Pair(0, 2, 0.5), new Assignment.Pair(2, 0, 0.4),
                new Assignment.Pair(2, 1, 0.6), new Assignment.Pair(3, 1, 0.7));

        assertThat(Assignment.solve(4, 3, pairs)).containsExactly(2, -1, 0, 1);
    }

    @Test
    void theLongestRunInOrderStaysAndOnlyTheRestMoved() {
        assertThat(Moves.longestIncreasing(List.of(0, 1, 2, 3))).containsExactly(true, true, true, true);
        assertThat(Moves.longestIncreasing(List.of(0, 3, 1, 2))).containsExactly(true, false, true, true);
        assertThat(Moves.longestIncreasing(List.of(1, 0))).containsOnlyOnce(true);
    }
}
