package org.tadworkbench.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.tadworkbench.plan.BudgetLine;

/**
 * One SEC financial year (April to March, "2019/20"): its budget line (null when the plan has none), the planned
 * cost, the actual cost booked to date, the forecast (actuals plus the remaining planned work), the forecast as a
 * percentage of the line's amount (null when no amount is stated), what the line's assessment is and, when it is
 * escalated, to whom.
 */
public record BudgetStatus(String financialYear, BudgetLine line, BigDecimal planned, BigDecimal actualToDate,
                           BigDecimal forecast, BigDecimal percentOfBudget, BudgetAssessment assessment,
                           EscalationLevel escalation) {

    /** The line's amount in pence; null when there is no line or it states no amount (never a made-up zero). */
    public BigDecimal budget() {
        return line == null || line.amount() == null ? null : line.amount().setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * This project's own headroom ({@code budget - forecast}, negative when over); null when the amount is not stated
     * or the line is shared, since what this project leaves of a combined budget is not its own to spend.
     */
    public BigDecimal remaining() {
        return budget() == null || line.shared() ? null : budget().subtract(forecast);
    }

    public boolean shared() {
        return line != null && line.shared();
    }

    /** The budget cell in words: "£75,000 combined", "amount not stated", "no budget line". */
    public String budgetLabel(String currency) {
        if (line == null) {
            return "no budget line";
        }
        if (budget() == null) {
            return "amount not stated";
        }
        return Money.format(currency, budget()) + (line.roundedTo() == null ? "" : " approx.")
                + (line.shared() ? " combined" : "");
    }

    /** The assessment in one sentence, the same in the CLI, the /plan page and the monthly report. */
    public String summary(String currency) {
        String forecastText = Money.format(currency, forecast);
        return switch (assessment) {
            case CANNOT_ASSESS -> "cannot assess: amount not stated"
                    + (line.wording() == null ? "" : " (the source says \u201c" + line.wording() + "\u201d)")
                    + (line.shared() ? "; shared with " + line.sharedWith() : "")
                    + "; this project's forecast is " + forecastText;
            case NO_BUDGET_LINE -> "no budget line for FY " + financialYear + "; this project's forecast is " + forecastText
                    + (escalation == null ? "" : "; escalated to " + escalation.label());
            case WITHIN -> line.shared()
                    ? "this project's forecast of " + forecastText + " is within the combined " + amountText(currency)
                            + " budget shared with the " + line.sharedWith() + "; the rest of that budget is not this"
                            + " project's own, and the other share's spend is not in this plan"
                    : "within the " + amountText(currency) + " budget: forecast " + forecastText + ", "
                            + Money.format(currency, remaining()) + " left";
            case ESCALATED -> "escalated to " + escalation.label() + ": forecast " + forecastText + " against the "
                    + (line.shared() ? "combined " : "") + amountText(currency) + " budget"
                    + (line.shared() ? " shared with the " + line.sharedWith() : "");
        };
    }

    /** "£75,000", or "£52,000 (given to the nearest £1,000)" for a rounded amount. */
    private String amountText(String currency) {
        return Money.format(currency, budget()) + (line.roundedTo() == null ? ""
                : " (given to the nearest " + Money.format(currency, line.roundedTo()) + ")");
    }
}
