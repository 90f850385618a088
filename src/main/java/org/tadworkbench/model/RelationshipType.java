package org.tadworkbench.model;

/**
 * The kinds of relationship between model elements. {@code REQUIRES} carries availability: an element that
 * requires an unavailable element is itself unavailable. {@code JOINS} is a permitted HAN join.
 */
public enum RelationshipType {
    USES, SENDS_TO, HOSTS, REALISES, JOINS, OWNED_BY, PART_OF, SERVES, REQUIRES, ACCESSES
}
