package org.tadworkbench.search;

import java.util.List;
import java.util.Map;

/**
 * The page of results asked for, best first; {@code total} results in all, {@code byKind} how many of each kind the
 * query finds before the kind filter (so a page can offer the others), and {@code everyPart} false when nothing had
 * every word and these results have only some of them.
 */
public record SearchResults(List<SearchHit> hits, int total, Map<SearchKind, Integer> byKind, boolean everyPart) {

    public SearchResults {
        hits = List.copyOf(hits);
        byKind = Map.copyOf(byKind);
    }

    static SearchResults none() {
        return new SearchResults(List.of(), 0, Map.of(), true);
    }
}
