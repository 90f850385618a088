package org.tadworkbench.impact;

/** How a TAD section or model element relates to a specification clause. */
public enum TraceKind {
    /** The section or element is written from the clause. */
    DERIVES_FROM,
    /** The clause restricts it (e.g. a SMETS1 variation). */
    CONSTRAINED_BY,
    /** The section describes what the clause specifies, without depending on its wording. */
    DESCRIBES
}
