package org.tadworkbench.generate;

/**
 * How big a synthetic workspace to make: sections, model elements, model relationships, trace links from sections
 * and elements to specification clauses ({@code links}), and the tasks of the plan's work breakdown ({@code tasks};
 * 0: the one-activity plan).
 */
public record GeneratorSize(int sections, int elements, int relationships, int links, long seed, int tasks) {
    public GeneratorSize {
        if (sections < 1 || elements < 0 || relationships < 0 || links < 0 || tasks < 0) {
            throw new IllegalArgumentException("sections must be at least 1; elements, relationships, links and tasks"
                    + " not negative");
        }
        if (relationships > 0 && elements < 2) {
            throw new IllegalArgumentException("relationships need at least 2 elements");
        }
    }

    /** A workspace whose plan is the one-activity plan. */
    public GeneratorSize(int sections, int elements, int relationships, int links, long seed) {
        this(sections, elements, relationships, links, seed, 0);
    }
}
