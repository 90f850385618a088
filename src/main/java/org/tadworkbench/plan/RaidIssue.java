package org.tadworkbench.plan;

import java.time.LocalDate;

/** An issue in the project's issues log. */
public record RaidIssue(String id, String title, String description, String owner, String status, LocalDate raised) {
}
