package org.tadworkbench.model;

/**
 * A SMETS1 variation of the SMETS2+ architecture: which element or relationship ({@code target}) it changes, how,
 * and the clause that says so ({@code document} is a spec id of the register, {@code clause} its clause).
 * {@code replacement} names the element used instead, for {@link VariationKind#REPLACED_BY} only.
 */
public record Variation(String id, String target, VariationKind kind, String replacement, String document,
                        String clause, String description) {

    /** The source clause as people cite it, e.g. "DUIS 1.4.2". */
    public String source() {
        return clause == null ? document : document + " " + clause;
    }
}
