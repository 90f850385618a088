package org.tadworkbench.document;

import java.util.List;

/**
 * One section of the TAD: its front matter and its Markdown body.
 * {@code references} name entries of the document references; {@code elements} name architecture model elements.
 */
public record Section(String number, String title, Applicability applicability, List<String> references,
                      List<String> elements, String body) {

    public Section {
        references = List.copyOf(references);
        elements = List.copyOf(elements);
    }

    public int depth() {
        return number.split("\\.").length;
    }
}
