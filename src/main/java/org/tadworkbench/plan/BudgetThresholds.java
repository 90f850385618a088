package org.tadworkbench.plan;

/**
 * When the plan escalates (plan.yaml {@code thresholds}): to TABASC when a financial year's forecast exceeds
 * {@code tabascPercent} of its budget line, to the SEC Panel and SECCo Board when it exceeds {@code panelPercent},
 * and to TABASC when a milestone's end slips more than {@code milestoneSlipDays} Working Days past its baseline.
 */
public record BudgetThresholds(int tabascPercent, int panelPercent, int milestoneSlipDays) {

    /** Used when plan.yaml gives no thresholds. */
    public static final BudgetThresholds DEFAULTS = new BudgetThresholds(90, 100, 5);
}
