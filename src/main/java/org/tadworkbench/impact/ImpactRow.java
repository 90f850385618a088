package org.tadworkbench.impact;

/**
 * One row of a release's impact assessment (the PID's Appendix A): a clause of a source document and the TAD
 * section it changes. {@code section} is {@link #NO_IMPACT} when the document does not affect the TAD;
 * {@code sectionTitle} is the title as the assessment wrote it, kept even where it disagrees with the outline.
 */
public record ImpactRow(String id, String document, String version, String clause, String clauseTitle,
                        String section, ImpactTarget target, String sectionTitle, String change,
                        ImpactStatus status, String note) {

    public static final String NO_IMPACT = "none";

    public boolean hasImpact() {
        return !NO_IMPACT.equals(section);
    }
}
