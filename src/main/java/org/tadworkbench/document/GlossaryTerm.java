package org.tadworkbench.document;

import java.util.List;

/**
 * A defined term, with the synonyms the document must no longer use. {@code severity} says how lint reports a
 * deprecated synonym in the text (a warning unless the glossary says error); {@code allowed} lists phrases in which
 * a deprecated synonym may still stand ("SMETS family"). {@code reference} may be null.
 */
public record GlossaryTerm(String term, String definition, List<String> deprecated, Severity severity,
                           List<String> allowed, String reference) {

    /** How a deprecated synonym of the term is reported. */
    public enum Severity { ERROR, WARNING }

    public GlossaryTerm {
        deprecated = List.copyOf(deprecated);
        severity = severity == null ? Severity.WARNING : severity;
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    /** A term whose deprecated synonyms are warnings, with no allowed phrases. */
    public GlossaryTerm(String term, String definition, List<String> deprecated, String reference) {
        this(term, definition, deprecated, Severity.WARNING, List.of(), reference);
    }
}
