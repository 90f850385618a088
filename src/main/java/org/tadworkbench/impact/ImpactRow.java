package org.tadworkbench.impact;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of a release's impact assessment (the PID's Appendix A): a clause of a source document and the TAD
 * section it changes. {@code section} is {@link #NO_IMPACT} when the document does not affect the TAD;
 * {@code sectionTitle} is the title as the assessment wrote it, kept even where it disagrees with the outline.
 * Its lifecycle: who owns it, effort estimated and spent (Working Days), and the section changes that realise
 * it, written {@code SECTION@VERSION} (e.g. 4.2.1.7@3.0).
 */
public record ImpactRow(String id, String document, String version, String clause, String clauseTitle,
                        String section, ImpactTarget target, String sectionTitle, String change,
                        ImpactStatus status, String note, String owner, BigDecimal estimate, BigDecimal actual,
                        List<String> realisedBy) {

    public static final String NO_IMPACT = "none";

    public ImpactRow {
        realisedBy = List.copyOf(realisedBy);
    }

    /** The same row in another status (what an expert does when the work moves on). */
    public ImpactRow withStatus(ImpactStatus newStatus) {
        return new ImpactRow(id, document, version, clause, clauseTitle, section, target, sectionTitle, change, newStatus,
                note, owner, estimate, actual, realisedBy);
    }

    public boolean hasImpact() {
        return !NO_IMPACT.equals(section);
    }

    /** A row with work still to do: it impacts a section, no section change realises it yet, and it is not finished. */
    public boolean isUnrealised() {
        return hasImpact() && realisedBy.isEmpty() && !status.isFinished();
    }
}
