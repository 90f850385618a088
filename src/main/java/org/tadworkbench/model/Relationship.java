package org.tadworkbench.model;

import org.tadworkbench.document.Applicability;

/** A typed, directed relationship between two model elements. */
public record Relationship(String id, RelationshipType type, String from, String to, Applicability applicability) {
}
