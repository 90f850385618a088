package org.tadworkbench.plan;

import java.time.LocalDate;

/** One date that a workspace's calendar changes, with why ({@code note} may be null). */
public record CalendarDay(LocalDate date, String note) {
}
