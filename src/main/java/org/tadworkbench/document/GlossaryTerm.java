package org.tadworkbench.document;

import java.util.List;

/** A defined term, with the synonyms the document must no longer use. {@code reference} may be null. */
public record GlossaryTerm(String term, String definition, List<String> deprecated, String reference) {
    public GlossaryTerm {
        deprecated = List.copyOf(deprecated);
    }
}
