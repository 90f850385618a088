package org.tadworkbench.impact;

/** The part of a TAD section an impact row points at: its text, one of its tables or one of its figures. */
public enum ImpactTarget {
    SECTION, TABLE, FIGURE
}
