package org.tadworkbench.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tadworkbench.impact.ClauseRef.Relation;

/** How changed clauses match the clauses traces and assessments cite: the ground the impact ranking stands on. */
class ClauseRefTests {

    @ParameterizedTest(name = "{0} vs {1} {2}: {3}")
    @CsvSource({
            "DUIS:1.4.2,   DUIS, 1.4.2,       SAME",
            "DUIS:1.4.2,   duis, §1.4.2.,     SAME",
            "DUIS:1.4.2,   DUIS, 1.4,         WITHIN",
            "DUIS:1.4,     DUIS, 1.4.2,       CONTAINS",
            "DUIS:1.4.2,   DUIS, 1.4.20,      NONE",
            "DUIS:1.4.2,   S1SR, 1.4.2,       NONE",
            "S1SR:5.2,     S1SR, 5.1-5.3,     WITHIN",
            "S1SR:5.1-5.3, S1SR, 5.2,         CONTAINS",
            "S1SR:5.4,     S1SR, 5.1–5.3,     NONE",
            "SEC:F4.1B,    SEC,  F4.1A-F4.1C, NONE"})
    void relations(String changed, String document, String clause, Relation expected) {
        assertThat(ClauseRef.parse(changed).relationTo(document, clause)).isEqualTo(expected);
    }

    static Stream<Long> seeds() {
        return IntStream.rangeClosed(1, 30).mapToObj(i -> (long) i);
    }

    /** For random dotted clauses: a clause is the same as itself, within each of its prefixes, and never both ways. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void hierarchyIsConsistent(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int depth = 1 + random.nextInt(4);
        StringBuilder clause = new StringBuilder(Integer.toString(1 + random.nextInt(20)));
        for (int i = 1; i < depth; i++) {
            clause.append('.').append(1 + random.nextInt(20));
        }
        ClauseRef ref = new ClauseRef("DOC", clause.toString());
        assertThat(ref.relationTo("DOC", clause.toString())).isEqualTo(Relation.SAME);
        String prefix = clause.toString();
        while (prefix.contains(".")) {
            prefix = prefix.substring(0, prefix.lastIndexOf('.'));
            assertThat(ref.relationTo("DOC", prefix)).isEqualTo(Relation.WITHIN);
            assertThat(new ClauseRef("DOC", prefix).relationTo("DOC", clause.toString())).isEqualTo(Relation.CONTAINS);
        }
        assertThat(ref.relationTo("DOC", clause + "9")).isEqualTo(Relation.NONE);
    }

    @ParameterizedTest
    @CsvSource({"DUIS", ":1.4", "DUIS:", "''"})
    void malformedChangesAreRefused(String text) {
        assertThatThrownBy(() -> ClauseRef.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DOCUMENT:CLAUSE");
    }
}
