package org.tadworkbench.generate;

/** How big a synthetic workspace to make: sections, model elements and model relationships ("links"). */
public record GeneratorSize(int sections, int elements, int links, long seed) {
    public GeneratorSize {
        if (sections < 1 || elements < 0 || links < 0) {
            throw new IllegalArgumentException("sections must be at least 1; elements and links not negative");
        }
        if (links > 0 && elements < 2) {
            throw new IllegalArgumentException("links need at least 2 elements");
        }
    }
}
