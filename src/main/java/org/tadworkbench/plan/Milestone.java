package org.tadworkbench.plan;

import java.time.LocalDate;

/** A project milestone with its date window (start = end for a single day). */
public record Milestone(String id, String title, LocalDate start, LocalDate end, String description) {
}
