package org.tadworkbench.model;

/** How SMETS1 varies the SMETS2+ architecture at one element or relationship. */
public enum VariationKind {
    /** SMETS1 uses another element in its place (e.g. the SMETS1 CSPs for the CSPs). */
    REPLACED_BY,
    /** The element or relationship does not exist for SMETS1 (e.g. SRV 8.13). */
    NOT_APPLICABLE,
    /** SMETS1 adds the element or relationship (e.g. the Dual Control Organisation). */
    ADDED,
    /** The element exists for SMETS1 with restrictions (e.g. device identifiers, S1SR 3.1). */
    CONSTRAINED
}
