package org.tadworkbench.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lag (or, negative, the lead) of a dependency, kept in the unit the project manager wrote it in, as MS Project
 * does: {@code 2d}, {@code -0.5d}, {@code 1w}, {@code 4h}, {@code 30m}, {@code 1mo}, {@code 3ed} (elapsed days),
 * {@code 25%} (of the predecessor's duration). Working units count SEC Working Days of 8 hours, 5 to the week and
 * 20 to the month, as MS Project's defaults do.
 */
public record Lag(BigDecimal amount, String unit) {

    public static final Lag NONE = new Lag(BigDecimal.ZERO, "d");

    private static final Pattern TEXT = Pattern.compile("([+-]?[0-9]+(?:\\.[0-9]+)?)\\s*(e?(?:mo|m|h|d|w|y|%))");

    public Lag {
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    /** Reads a lag as written in plan.yaml; throws IllegalArgumentException naming what is wrong. */
    public static Lag parse(String text) {
        Matcher m = TEXT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("lag '" + text + "' is not a number with a unit such as 2d, -1d, 1w, 4h,"
                    + " 1mo, 3ed (elapsed days) or 25%");
        }
        return new Lag(new BigDecimal(m.group(1)), m.group(2));
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean elapsed() {
        return unit.startsWith("e");
    }

    public boolean percent() {
        return unit.endsWith("%");
    }

    /**
     * The lag in Working Days: {@code predecessorDays} is the predecessor's duration for a percentage lag; elapsed
     * units count calendar time, taken as 5 Working Days to 7 calendar days.
     */
    public BigDecimal workingDays(BigDecimal predecessorDays) {
        String base = elapsed() ? unit.substring(1) : unit;
        BigDecimal days = switch (base) {
            case "m" -> amount.divide(BigDecimal.valueOf(480), 6, RoundingMode.HALF_UP);
            case "h" -> amount.divide(BigDecimal.valueOf(8), 6, RoundingMode.HALF_UP);
            case "w" -> amount.multiply(BigDecimal.valueOf(5));
            case "mo" -> amount.multiply(BigDecimal.valueOf(20));
            case "y" -> amount.multiply(BigDecimal.valueOf(260));
            case "%" -> amount.multiply(predecessorDays).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
            default -> amount;
        };
        if (elapsed() && !base.equals("%")) {
            days = switch (base) {
                case "m", "h" -> days.multiply(BigDecimal.valueOf(3)); // 24 elapsed hours are 3 working days of 8
                default -> days.multiply(BigDecimal.valueOf(5)).divide(BigDecimal.valueOf(7), 6, RoundingMode.HALF_UP);
            };
        }
        return days;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + unit;
    }
}
