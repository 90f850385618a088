package org.tadworkbench.spec;

/**
 * Where a register entry stands in the SEC's own definitions (Section A, quoted by the PID's scope): the
 * "Technical Specifications" are the CHTS and SMETS; the "Technical Code Specifications" are those two and fifteen
 * more named documents. The TAD must stay consistent with every Technical Code Specification, so the register says
 * which entries are one; it is stated, not derived from {@link SpecKind}, because the definition is a list of names:
 * two SEC appendices of the same kind can fall on either side of it.
 */
public enum SpecDesignation {
    /** CHTS or SMETS: a Technical Specification, and by the definition also a Technical Code Specification. */
    TECHNICAL_SPECIFICATION,
    /** One of the other documents the SEC defines as Technical Code Specifications. */
    TECHNICAL_CODE_SPECIFICATION,
    /** Neither: other SEC sections and appendices, supporting documents, licence and SEC changes. */
    OTHER;

    /** True for the Technical Specifications too, since the SEC's definition includes them. */
    public boolean isTechnicalCodeSpecification() {
        return this != OTHER;
    }
}
