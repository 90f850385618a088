package org.tadworkbench.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts as the plan's sentences write them: "£75,000", "£52,500.01" (pence only when there are any). */
public final class Money {

    private Money() {
    }

    public static String format(String currency, BigDecimal amount) {
        BigDecimal pence = amount.setScale(2, RoundingMode.HALF_UP);
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        int decimals = pence.remainder(BigDecimal.ONE).signum() == 0 ? 0 : 2;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        String symbol = "GBP".equals(currency) ? "\u00a3" : currency + " ";
        return (pence.signum() < 0 ? "-" : "") + symbol + format.format(pence.abs());
    }
}
