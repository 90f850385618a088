package org.tadworkbench.planning;

import java.math.BigDecimal;

/**
 * One SEC financial year (April to March, "2019/20"): its budget line (zero when the plan has none), the planned
 * cost, the actual cost booked to date, the forecast (actuals plus the remaining planned work), what remains of the
 * budget after the forecast ({@code budget - forecast}, negative when over) and the forecast as a percentage of
 * the budget (null when there is no budget).
 */
public record BudgetStatus(String financialYear, BigDecimal budget, BigDecimal planned, BigDecimal actualToDate,
                           BigDecimal forecast, BigDecimal remaining, BigDecimal percentOfBudget) {
}
