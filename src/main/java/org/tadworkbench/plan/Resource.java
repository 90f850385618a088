package org.tadworkbench.plan;

import java.math.BigDecimal;

/** A resource class that effort is booked to, with its day rate in the plan's currency. */
public record Resource(String id, String name, BigDecimal dayRate) {
}
