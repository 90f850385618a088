package org.tadworkbench.workspace;

/** A place in a workspace: a file relative to the workspace folder and a 1-based line (0 = whole file). */
public record Location(String file, int line) {
}
