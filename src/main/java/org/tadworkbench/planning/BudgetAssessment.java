package org.tadworkbench.planning;

/** What can be said about one financial year's forecast against its budget line. */
public enum BudgetAssessment {
    /** The forecast is within every threshold of a line whose amount is stated. */
    WITHIN,
    /** The forecast crosses a threshold; {@link BudgetStatus#escalation()} says to whom. */
    ESCALATED,
    /** The line states no amount, so the forecast cannot be compared with anything; never read as "within". */
    CANNOT_ASSESS,
    /** The plan has no budget line for the year (escalated when the year has a forecast). */
    NO_BUDGET_LINE;

    /** As JSON and CSS write it: "cannot-assess". */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
