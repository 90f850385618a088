package org.tadworkbench.review;

/** Who takes part in the PID's quality route, each with the label pages and messages use. */
public enum Role {
    TABASC_CHAIR("TABASC chair"),
    TABASC_MEMBER("TABASC member"),
    PROJECT_MANAGER("project manager"),
    DRAFTER("drafter (SECAS technical expert)"),
    QUALITY_ASSURANCE("quality assurance (SECAS core)"),
    TBEC_MEMBER("TBEC member"),
    RESPONDENT("SEC Party respondent"),
    ADMINISTRATOR("administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
