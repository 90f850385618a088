package org.tadworkbench.plan;

import java.util.Locale;

/** MS Project's date constraints other than "as soon as possible" (which plan.yaml leaves unsaid). */
public enum ConstraintType {
    AS_LATE_AS_POSSIBLE(false),
    MUST_START_ON(true),
    MUST_FINISH_ON(true),
    START_NO_EARLIER_THAN(true),
    START_NO_LATER_THAN(true),
    FINISH_NO_EARLIER_THAN(true),
    FINISH_NO_LATER_THAN(true);

    private final boolean dated;

    ConstraintType(boolean dated) {
        this.dated = dated;
    }

    /** Whether the constraint needs a date. */
    public boolean dated() {
        return dated;
    }

    /** As plan.yaml writes it: {@code start-no-earlier-than}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads {@link #code()}; null when it names no constraint. */
    public static ConstraintType ofCode(String code) {
        for (ConstraintType type : values()) {
            if (type.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        return null;
    }
}
