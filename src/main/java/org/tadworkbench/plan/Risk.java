package org.tadworkbench.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A project risk scored 1..5 for likelihood and impact; {@code trend} (may be null) says which way it is moving and
 * {@code history} lists what changed when, oldest first.
 */
public record Risk(String id, String title, String description, int likelihood, int impact, String owner,
                   String mitigation, String status, LocalDate raised, RiskTrend trend, List<RiskChange> history) {
    public Risk {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A risk without trend or history. */
    public Risk(String id, String title, String description, int likelihood, int impact, String owner,
                String mitigation, String status, LocalDate raised) {
        this(id, title, description, likelihood, impact, owner, mitigation, status, raised, null, List.of());
    }

    public int score() {
        return likelihood * impact;
    }

    /** Open unless its status says closed. */
    public boolean isOpen() {
        return status == null || !status.equalsIgnoreCase("closed");
    }
}
