package org.tadworkbench.model;

import org.tadworkbench.document.Applicability;

/** The three diagrams of every view: the SMETS2+ architecture, the SMETS1 one, and what SMETS1 changes. */
public enum DiagramVariant {
    SMETS2PLUS, SMETS1, VARIATION;

    /** The architecture variant drawn; the variation diagram compares SMETS1 against SMETS2+. */
    public Applicability architecture() {
        return this == SMETS2PLUS ? Applicability.SMETS2PLUS : Applicability.SMETS1;
    }
}
