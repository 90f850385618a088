package org.tadworkbench.review;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What stands between an approved version and publication. Every comment on the version must have a disposition;
 * every section changed since its consultation opened must be linked by a disposition at its current revision (the
 * text freeze: changes enter only as answers to comments); the release's unrealised impact rows are listed and need
 * an explicit acknowledgement, which the audit records.
 *
 * @param undisposed comments with no disposition, as "comment 2 (section 4.2.1.8)"
 * @param unlinkedChanges sections changed since the consultation opened that no disposition links at their revision
 * @param unrealisedRows the release's impact rows with work still to do, as "A12 (4.2.1.7, drafting)"
 */
public record PublicationGate(String version, List<String> undisposed, List<String> unlinkedChanges,
                              List<String> unrealisedRows) {

    public PublicationGate {
        undisposed = List.copyOf(undisposed);
        unlinkedChanges = List.copyOf(unlinkedChanges);
        unrealisedRows = List.copyOf(unrealisedRows);
    }

    /** Why publishing is refused; empty when it may go ahead ({@code acknowledged}: the unrealised rows were seen). */
    public Optional<String> refusal(boolean acknowledged) {
        if (!undisposed.isEmpty()) {
            return Optional.of("version " + version + " cannot be published: " + undisposed.size()
                    + (undisposed.size() == 1 ? " comment has" : " comments have") + " no disposition: "
                    + String.join(", ", undisposed));
        }
        if (!unlinkedChanges.isEmpty()) {
            return Optional.of("version " + version + " cannot be published: no disposition links the change made "
                    + "since its consultation opened to section" + (unlinkedChanges.size() == 1 ? " " : "s ")
                    + String.join(", ", unlinkedChanges));
        }
        if (!unrealisedRows.isEmpty() && !acknowledged) {
            return Optional.of("version " + version + " has " + unrealisedRows.size() + " unrealised impact row"
                    + (unrealisedRows.size() == 1 ? "" : "s") + " (" + String.join(", ", unrealisedRows)
                    + "): acknowledge them to publish");
        }
        return Optional.empty();
    }

    /** Throws with the reason when {@link #refusal} refuses. */
    public void check(boolean acknowledged) {
        refusal(acknowledged).ifPresent(reason -> {
            throw new ReviewException(reason);
        });
    }

    /** What the audit records of an acknowledged publication: the rows acknowledged, or nothing when there were none. */
    public Optional<String> acknowledgement() {
        return unrealisedRows.isEmpty() ? Optional.empty()
                : Optional.of("acknowledged unrealised impact rows: " + unrealisedRows.stream().collect(Collectors.joining(", ")));
    }
}
