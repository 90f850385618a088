package org.tadworkbench.document;

/** Which smart metering generation a section, element or relationship applies to. */
public enum Applicability {
    SMETS2PLUS, SMETS1, BOTH;

    public boolean appliesTo(Applicability variant) {
        return this == BOTH || variant == BOTH || this == variant;
    }
}
