package org.tadworkbench.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tadworkbench.impact.ClauseRef;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ImpactStatus;
import org.tadworkbench.impact.ImpactTarget;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.traceability.Candidate;

/**
 * A new release register made from accepted candidates: one row a candidate, numbered I01, I02, ..., each citing the
 * changed clause its first reason starts from (the only changed clause, when there is one), the section and its
 * current title, "Assess: " and that reason as the change to make, and status identified.
 */
final class AcceptedRegister {

    static final Pattern RELEASE_ID = Pattern.compile("[a-z0-9-]+");
    static final int MAX_ID = 60;

    private AcceptedRegister() {
    }

    static ReleaseImpacts build(String release, String title, ChangedClauses changed, List<Candidate> chosen) {
        List<ImpactRow> rows = new ArrayList<>();
        for (Candidate candidate : chosen) {
            ClauseRef clause = sourceOf(candidate, changed.clauses());
            String reason = candidate.reasons().isEmpty() ? clause.toString() : candidate.reasons().get(0);
            rows.add(new ImpactRow(String.format("I%02d", rows.size() + 1), clause.document(), null, clause.clause(), null,
                    candidate.section(), ImpactTarget.SECTION, candidate.title(), "Assess: " + reason,
                    ImpactStatus.IDENTIFIED, null, null, null, null, List.of()));
        }
        return new ReleaseImpacts(release, title,
                List.of("Accepted in TAD Workbench from the computed impact of " + changed.summary() + "."), rows);
    }

    /** The changed clause the candidate's reasons start from: the first reason that names one, the longest match. */
    static ClauseRef sourceOf(Candidate candidate, List<ClauseRef> changed) {
        for (String reason : candidate.reasons()) {
            Optional<ClauseRef> named = changed.stream()
                    .filter(c -> reason.startsWith(c + ":") || reason.startsWith(c + " "))
                    .max(Comparator.comparingInt(c -> c.toString().length()));
            if (named.isPresent()) {
                return named.get();
            }
        }
        return changed.get(0);
    }
}
