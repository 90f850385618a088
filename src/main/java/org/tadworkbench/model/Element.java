package org.tadworkbench.model;

import org.tadworkbench.document.Applicability;

/** An element of the architecture model; {@code description} may be null. */
public record Element(String id, ElementType type, String name, Applicability applicability, String description) {
}
