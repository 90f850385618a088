package org.tadworkbench.plan;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Effort actually spent on one activity in one calendar month, in Working Days of the activity's resource. */
public record ActualEffort(String activity, YearMonth month, BigDecimal days) {
}
