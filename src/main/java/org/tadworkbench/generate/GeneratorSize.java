package org.tadworkbench.generate;

/**
 * How big a synthetic workspace to make: sections, model elements, model relationships, and trace links from
 * sections and elements to specification clauses ({@code links}).
 */
public record GeneratorSize(int sections, int elements, int relationships, int links, long seed) {
    public GeneratorSize {
        if (sections < 1 || elements < 0 || relationships < 0 || links < 0) {
            throw new IllegalArgumentException("sections must be at least 1; elements, relationships and links not negative");
        }
        if (relationships > 0 && elements < 2) {
            throw new IllegalArgumentException("relationships need at least 2 elements");
        }
    }
}
