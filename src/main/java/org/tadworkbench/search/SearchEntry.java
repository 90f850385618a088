package org.tadworkbench.search;

import java.util.Objects;

/**
 * One searchable thing: what it points at, its title (a section's number and title, a term, a clause's label) and its
 * text as plain words (Markdown already turned into what a reader sees).
 */
public record SearchEntry(SearchTarget target, String title, String text) {

    public SearchEntry {
        Objects.requireNonNull(target, "target");
        title = Objects.requireNonNullElse(title, "");
        text = Objects.requireNonNullElse(text, "");
    }

    public SearchKind kind() {
        return target.kind();
    }

    /**
     * The same thing in another version with the same words: a section that did not change between 2.0 and 3.0 is
     * one result, shown in the newest version the reader may read.
     */
    Object sameness() {
        Object key = switch (target.kind()) {
            case SECTION -> ((SearchTarget.Section) target).number();
            case TERM -> ((SearchTarget.Term) target).term();
            default -> target;
        };
        return java.util.List.of(target.kind(), key, title, text);
    }
}
