package org.tadworkbench.plan;

import java.math.BigDecimal;

/**
 * A resource that work is booked to, with its day rate in the plan's currency. {@code type} is MS Project's kind
 * ({@code work}, {@code material} or {@code cost}; null: work); {@code overtimeRate} (per day) and {@code costPerUse}
 * may be null.
 */
public record Resource(String id, String name, BigDecimal dayRate, String type, BigDecimal overtimeRate,
                       BigDecimal costPerUse) {

    public Resource(String id, String name, BigDecimal dayRate) {
        this(id, name, dayRate, null, null, null);
    }
}
