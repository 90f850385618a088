package org.tadworkbench.plan;

import java.math.BigDecimal;

/**
 * The budget available in one SEC financial year (April to March), written "2018/19".
 *
 * <ul>
 * <li>{@code amount}: the cap in whole pence, or null when the source does not state it (the PID's FY2018/19
 * "available unspent Project budget"); no figure is ever filled in for it, so such a line cannot be assessed.</li>
 * <li>{@code roundedTo}: the unit the source rounds the amount to ("£75k": 1000), or null when the amount is exact.
 * Half of it is the line's {@link #tolerance()}: a figure given to the nearest £1,000 may really be up to £500 more,
 * so rounding alone must not make a forecast look over it.</li>
 * <li>{@code sharedWith}: the other work that draws on the same budget (the PID's FY2019/20 £75k is "the combined
 * budget for the BAD and TAD SMETS1 updates"), or null when the line is this project's own. For a shared line the
 * amount is the combined cap: what this project's forecast leaves of it is not this project's headroom.</li>
 * <li>{@code wording}: the source's own words for the line, kept so that a report can quote them where the amount is
 * not stated.</li>
 * </ul>
 */
public record BudgetLine(String financialYear, BigDecimal amount, BigDecimal roundedTo, String sharedWith,
                         String wording, String note) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** This project's own budget, stated exactly. */
    public BudgetLine(String financialYear, BigDecimal amount, String note) {
        this(financialYear, amount, null, null, null, note);
    }

    public boolean amountStated() {
        return amount != null;
    }

    public boolean shared() {
        return sharedWith != null;
    }

    /** How far the real amount may lie above the stated one because of rounding: half of {@code roundedTo}. */
    public BigDecimal tolerance() {
        return roundedTo == null ? BigDecimal.ZERO : roundedTo.divide(TWO);
    }

    /**
     * The forecast above which a threshold of {@code percent} is crossed: {@code percent}% of the highest amount the
     * stated one may stand for ({@code amount + tolerance}). Exact (no rounding): a forecast in whole pence either
     * exceeds it or not. Only for a line whose amount is stated.
     */
    public BigDecimal limit(int percent) {
        if (amount == null) {
            throw new IllegalStateException("budget line " + financialYear + " states no amount");
        }
        return amount.add(tolerance()).multiply(BigDecimal.valueOf(percent)).divide(HUNDRED);
    }

    /** Whether {@code forecast} crosses a threshold of {@code percent} on this line (stated amounts only). */
    public boolean exceeded(BigDecimal forecast, int percent) {
        return forecast.compareTo(limit(percent)) > 0;
    }
}
