package org.tadworkbench.plan;

/** How a task depends on its predecessor, as MS Project names the four kinds of link. */
public enum LinkType {
    /** The task starts when the predecessor finishes (the usual kind, and plan.yaml's default). */
    FS,
    /** The task starts when the predecessor starts. */
    SS,
    /** The task finishes when the predecessor finishes. */
    FF,
    /** The task finishes when the predecessor starts. */
    SF
}
