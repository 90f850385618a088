package org.tadworkbench.model;

/** The kinds of relationship between model elements. */
public enum RelationshipType {
    USES, SENDS_TO, HOSTS, REALISES, JOINS, OWNED_BY, PART_OF, SERVES
}
