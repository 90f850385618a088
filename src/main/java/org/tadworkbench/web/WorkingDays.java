package org.tadworkbench.web;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** Effort in Working Days as pages write it (0.5, not 0.50; blank when not given); templates call it as {@code @workingDays}. */
@Component("workingDays")
class WorkingDays {

    public String of(BigDecimal days) {
        return days == null ? "" : ReadinessSummary.days(days);
    }
}
