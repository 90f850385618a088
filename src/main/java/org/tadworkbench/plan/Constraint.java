package org.tadworkbench.plan;

import java.time.LocalDate;

/** A date constraint on a task ({@code date} null only for {@link ConstraintType#AS_LATE_AS_POSSIBLE}). */
public record Constraint(ConstraintType type, LocalDate date) {
}
