package org.tadworkbench.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Planned work: effort in Working Days of one resource class in a date window; {@code milestone} may be null. */
public record Activity(String id, String milestone, String title, String resource, BigDecimal effort,
                       LocalDate start, LocalDate end, String owner, List<String> dependsOn) {
    public Activity {
        dependsOn = List.copyOf(dependsOn);
    }
}
