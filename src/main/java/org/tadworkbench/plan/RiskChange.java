package org.tadworkbench.plan;

import java.time.LocalDate;

/** One entry in a risk's history: what changed on a date (a rescoring, a mitigation step, a closure). */
public record RiskChange(LocalDate date, String change) {
}
