package org.tadworkbench.plan;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Effort actually spent on one task in one calendar month, in Working Days; {@code resource} names the assignment
 * when the task has several (null: the task's first, usually only, resource).
 */
public record ActualEffort(String activity, YearMonth month, BigDecimal days, String resource) {

    public ActualEffort(String activity, YearMonth month, BigDecimal days) {
        this(activity, month, days, null);
    }
}
