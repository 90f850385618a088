package org.tadworkbench.planning;

/** Who a plan deviation goes to (PID 4.3: "escalated to the TABASC and Panel/Board as required"). */
public enum EscalationLevel {
    TABASC("TABASC"),
    PANEL_AND_BOARD("SEC Panel and SECCo Board");

    private final String label;

    EscalationLevel(String label) {
        this.label = label;
    }

    /** How reports write it: "TABASC", "SEC Panel and SECCo Board". */
    public String label() {
        return label;
    }
}
