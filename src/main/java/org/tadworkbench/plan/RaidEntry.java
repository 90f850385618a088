package org.tadworkbench.plan;

/** An assumption, constraint or dependency of the project, with where it comes from ({@code source} may be null). */
public record RaidEntry(String id, String text, String source) {
}
