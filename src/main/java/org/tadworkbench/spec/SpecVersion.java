package org.tadworkbench.spec;

/** One version of a specification, e.g. DUIS 3.0d3 in the SMETS1 Services Release baseline. */
public record SpecVersion(String version, String label, String baseline, SpecStatus status, String note) {
}
