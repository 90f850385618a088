package org.tadworkbench.impact;

import java.util.Objects;

/**
 * The triage of a proposed impact row (one the workbench drafted from a specification diff), the same whether an
 * expert works in the browser or through the XLSX round trip: accepting a proposed row with a section makes it
 * {@code identified} (the work starts); accepting a proposed no-impact row confirms it as {@code no-impact}; rejecting
 * a proposed row with a section makes it {@code no-impact} with the expert's reason in its note. The row keeps its
 * id, clause and section (a rejected row is a record that this section was considered and is not impacted), so
 * drafting the same diff again finds it and proposes nothing more.
 */
public final class DraftImpacts {

    private DraftImpacts() {
    }

    /** Whether the row is a proposal no expert has decided on yet. */
    public static boolean isProposal(ImpactRow row) {
        return row.status() == ImpactStatus.PROPOSED;
    }

    /** The expert agrees: identified when the row names a section, no-impact when it proposed none. */
    public static ImpactRow accept(ImpactRow row) {
        requireProposal(row);
        return row.withStatus(row.hasImpact() ? ImpactStatus.IDENTIFIED : ImpactStatus.NO_IMPACT);
    }

    /**
     * The expert finds that the section is not impacted after all, for {@code reason}, which becomes (the start of)
     * the row's note. A proposed no-impact row cannot be rejected this way: give it a section instead.
     */
    public static ImpactRow reject(ImpactRow row, String reason) {
        requireProposal(row);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("row " + row.id() + ": say why section " + row.section() + " is not impacted");
        }
        if (!row.hasImpact()) {
            throw new IllegalArgumentException("row " + row.id() + " already proposes no impact; accept it, or give it "
                    + "the section the change impacts");
        }
        String note = "Not impacted: " + reason.strip() + (row.note() == null ? "" : "\n" + row.note());
        return new ImpactRow(row.id(), row.document(), row.version(), row.clause(), row.clauseTitle(), row.section(),
                row.target(), row.sectionTitle(), row.change(), ImpactStatus.NO_IMPACT, note, row.owner(), row.estimate(),
                row.actual(), row.realisedBy());
    }

    private static void requireProposal(ImpactRow row) {
        Objects.requireNonNull(row, "row");
        if (!isProposal(row)) {
            throw new IllegalArgumentException("row " + row.id() + " is " + row.status().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-') + ", not proposed: only a proposed row is accepted or rejected");
        }
    }
}
