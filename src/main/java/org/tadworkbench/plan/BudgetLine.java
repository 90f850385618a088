package org.tadworkbench.plan;

import java.math.BigDecimal;

/** The budget available in one SEC financial year (April to March), written "2018/19". */
public record BudgetLine(String financialYear, BigDecimal amount, String note) {
}
