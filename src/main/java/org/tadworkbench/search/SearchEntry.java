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
     * What makes two entries the same thing in different versions: a section's number, a glossary term; anything else is
     * only itself. Search shows such entries as one result.
     */
    Object sameness() {
        return switch (target.kind()) {
            case SECTION -> java.util.List.of(target.kind(), ((SearchTarget.Section) target).number());
            case TERM -> java.util.List.of(target.kind(), ((SearchTarget.Term) target).term());
            default -> target;
        };
    }
}
