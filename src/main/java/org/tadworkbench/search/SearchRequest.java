package org.tadworkbench.search;

import java.util.EnumSet;
import java.util.Set;

/**
 * One search: what was typed, the kinds wanted (empty: every kind), the TAD version wanted (null: every version the
 * reader may read; entries without a version, clauses and impact rows, are left out when one is named), and which
 * page of results ({@code offset}, {@code limit}).
 */
public record SearchRequest(String query, Set<SearchKind> kinds, String version, int offset, int limit) {

    public static final int MAX_LIMIT = 100;

    public SearchRequest {
        query = query == null ? "" : query;
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        version = version == null || version.isBlank() ? null : version.strip();
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Set.of(), null, 0, 20);
    }
}
