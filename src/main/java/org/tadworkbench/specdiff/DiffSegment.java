package org.tadworkbench.specdiff;

/** A run of words in a word diff: kept, inserted or deleted. */
public record DiffSegment(Op op, String text) {
    public enum Op { EQUAL, INSERT, DELETE }
}
