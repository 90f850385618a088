package org.tadworkbench.model;

import org.tadworkbench.document.Applicability;

/**
 * An element of the architecture model. {@code code} is the identifier the specifications use, when there is one
 * (an SRV number such as 8.13, a business function such as M05, an abbreviation such as HHT).
 * {@code archimateType} keeps the ArchiMate type of an element imported with a type we do not model
 * ({@link ElementType#OTHER}). {@code code}, {@code description} and {@code archimateType} may be null.
 */
public record Element(String id, ElementType type, String name, String code, Applicability applicability,
                      String description, String archimateType) {

    /** The short name diagrams and lists show: the code when there is one. */
    public String label() {
        return code == null ? name : code + " " + name;
    }
}
