package org.tadworkbench.search;

import java.util.List;

/**
 * One result: the entry, its snippet (HTML: the text escaped, the hits in {@code <mark>}) and the other versions the
 * reader may read in which the same section or term matches too ({@code alsoIn}, newest first; not listed again).
 */
public record SearchHit(SearchEntry entry, String snippet, List<String> alsoIn) {

    public SearchHit {
        alsoIn = List.copyOf(alsoIn);
    }
}
