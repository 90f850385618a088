package org.tadworkbench.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a search result is. {@code weight} tilts the ranking a little towards the document's own text: at equal
 * relevance a section comes before a glossary term, a clause, an impact row or a comment that mention the same words.
 */
public enum SearchKind {
    SECTION("Section", "Sections", 1.0f),
    TERM("Glossary term", "Glossary terms", 0.9f),
    CLAUSE("Specification clause", "Specification clauses", 0.8f),
    IMPACT("Impact row", "Impact rows", 0.7f),
    COMMENT("Comment", "Comments", 0.7f);

    private final String label;
    private final String plural;
    private final float weight;

    SearchKind(String label, String plural, float weight) {
        this.label = label;
        this.plural = plural;
        this.weight = weight;
    }

    /** As URLs and the JSON spell it: {@code section}, {@code term}, {@code clause}, {@code impact}, {@code comment}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public String plural() {
        return plural;
    }

    float weight() {
        return weight;
    }

    public static Optional<SearchKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }
}
