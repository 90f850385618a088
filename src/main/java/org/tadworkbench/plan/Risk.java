package org.tadworkbench.plan;

import java.time.LocalDate;

/** A project risk scored 1..5 for likelihood and impact. */
public record Risk(String id, String title, String description, int likelihood, int impact, String owner,
                   String mitigation, String status, LocalDate raised) {
    public int score() {
        return likelihood * impact;
    }
}
