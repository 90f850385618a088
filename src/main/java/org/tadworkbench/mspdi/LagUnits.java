package org.tadworkbench.mspdi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.mpxj.Duration;
import org.mpxj.TimeUnit;
import org.tadworkbench.plan.Lag;

/** A link's lag between MS Project's durations and plan.yaml's {@link Lag}, in the same unit both ways. */
final class LagUnits {

    private static final Map<TimeUnit, String> CODES = Map.ofEntries(
            Map.entry(TimeUnit.MINUTES, "m"), Map.entry(TimeUnit.HOURS, "h"), Map.entry(TimeUnit.DAYS, "d"),
            Map.entry(TimeUnit.WEEKS, "w"), Map.entry(TimeUnit.MONTHS, "mo"), Map.entry(TimeUnit.YEARS, "y"),
            Map.entry(TimeUnit.PERCENT, "%"), Map.entry(TimeUnit.ELAPSED_MINUTES, "em"),
            Map.entry(TimeUnit.ELAPSED_HOURS, "eh"), Map.entry(TimeUnit.ELAPSED_DAYS, "ed"),
            Map.entry(TimeUnit.ELAPSED_WEEKS, "ew"), Map.entry(TimeUnit.ELAPSED_MONTHS, "emo"),
            Map.entry(TimeUnit.ELAPSED_YEARS, "ey"), Map.entry(TimeUnit.ELAPSED_PERCENT, "e%"));

    private LagUnits() {
    }

    /** The lag in the unit the file gives it in, rounded to 1/10000 of that unit. */
    static Lag lag(Duration lag) {
        if (lag == null || lag.getDuration() == 0) {
            return Lag.NONE;
        }
        return new Lag(BigDecimal.valueOf(lag.getDuration()).setScale(4, RoundingMode.HALF_UP),
                CODES.getOrDefault(lag.getUnits(), "d"));
    }

    static Duration duration(Lag lag) {
        TimeUnit unit = CODES.entrySet().stream().filter(e -> e.getValue().equals(lag.unit())).map(Map.Entry::getKey)
                .findFirst().orElse(TimeUnit.DAYS);
        return Duration.getInstance(lag.amount().doubleValue(), unit);
    }
}
