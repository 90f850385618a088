package org.tadworkbench.impact;

/**
 * A trace from a TAD section or a model element (exactly one of {@code section}, {@code element}) to a clause of a
 * specification of the register: {@code document} is the spec id, {@code version} optional (any version when null),
 * {@code clause} the clause, e.g. DUIS 3.0d3 §1.4.2.
 */
public record TraceLink(String section, String element, String document, String version, String clause, TraceKind kind) {

    /** How people cite the target: "DUIS 3.0d3 §1.4.2". */
    public String citation() {
        return document + (version == null ? "" : " " + version) + " §" + clause;
    }

    /** What is traced: "section 4.2.1.7" or "element hht". */
    public String source() {
        return section != null ? "section " + section : "element " + element;
    }
}
