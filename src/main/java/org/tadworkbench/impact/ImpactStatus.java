package org.tadworkbench.impact;

/**
 * Lifecycle of an impact assessment row, from first identification to acceptance (or no impact at all).
 * {@link #PROPOSED} comes before it: a row the workbench drafted from a specification diff, which no expert has
 * looked at yet ({@link DraftImpacts} accepts or rejects it).
 */
public enum ImpactStatus {
    PROPOSED, IDENTIFIED, DRAFTING, DRAFTED, REVIEWED, ACCEPTED, REJECTED, NO_IMPACT;

    /** Accepted, rejected or no impact: nothing is left to do on the row. */
    public boolean isFinished() {
        return this == ACCEPTED || this == REJECTED || this == NO_IMPACT;
    }
}
