package org.tadworkbench.redline;

/** Whether a stretch of text is in both versions, only in the new one, or only in the old one. */
public enum RunKind {
    EQUAL, INSERTED, DELETED
}
