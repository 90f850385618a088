package org.tadworkbench.document;

/** An entry of the TAD's document references (section 1.4); {@code spec} links it to the specification register. */
public record DocumentReference(String id, String title, String spec, String publisher, String url) {
}
