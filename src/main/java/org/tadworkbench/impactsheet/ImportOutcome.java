package org.tadworkbench.impactsheet;

import java.util.List;
import org.tadworkbench.impact.ReleaseImpacts;

/**
 * What importing a sheet gives. Import is all or nothing: when there is any problem, {@code release} is the register
 * as it was and {@code changes} is empty. Otherwise {@code release} holds the experts' edits and {@code changes}
 * describes each edited field, e.g. "A20: status identified -> drafting" (empty when the sheet changed nothing).
 */
public record ImportOutcome(ReleaseImpacts release, List<String> changes, List<SheetProblem> problems) {

    public ImportOutcome {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
        if (!problems.isEmpty() && !changes.isEmpty()) {
            throw new IllegalArgumentException("an import with problems changes nothing");
        }
    }

    public static ImportOutcome refused(ReleaseImpacts unchanged, List<SheetProblem> problems) {
        return new ImportOutcome(unchanged, List.of(), problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
