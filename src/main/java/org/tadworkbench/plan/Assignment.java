package org.tadworkbench.plan;

import java.math.BigDecimal;

/** One resource's share of a task: its planned work in Working Days of that resource. */
public record Assignment(String resource, BigDecimal effort) {
    public Assignment {
        effort = effort == null ? BigDecimal.ZERO : effort;
    }
}
