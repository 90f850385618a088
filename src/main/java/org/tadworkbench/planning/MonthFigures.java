package org.tadworkbench.planning;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One calendar month of the project: planned days and cost (each activity's effort spread over the Working Days of
 * its window), actual days and cost booked, and the forecast cost (actuals for months up to the analysis date,
 * remaining planned work after it).
 */
public record MonthFigures(YearMonth month, BigDecimal plannedDays, BigDecimal plannedCost, BigDecimal actualDays,
                           BigDecimal actualCost, BigDecimal forecastCost) {
}
