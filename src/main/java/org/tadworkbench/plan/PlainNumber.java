package org.tadworkbench.plan;

import java.math.BigDecimal;

/** A plan's figure as plan.yaml and the reports write it: 4, not 4.00; 10, not 1E+1; 0.5. */
public final class PlainNumber {

    private PlainNumber() {
    }

    /** The figure written plainly; null stays null (a figure not given). */
    public static String of(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }
}
