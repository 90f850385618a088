package org.tadworkbench.word;

import java.util.List;

/**
 * What reviewers left in a Word file besides its text: their comments (replies included, in comments.xml order) and
 * the tracked changes in the body, in document order. Neither changes how the body is read.
 */
public record ReviewMarkup(List<WordComment> comments, List<TrackedChange> changes) {
    public static final ReviewMarkup NONE = new ReviewMarkup(List.of(), List.of());

    public ReviewMarkup {
        comments = List.copyOf(comments);
        changes = List.copyOf(changes);
    }

    public long count(TrackedChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    public List<WordComment> replies() {
        return comments.stream().filter(WordComment::isReply).toList();
    }

    public boolean isEmpty() {
        return comments.isEmpty() && changes.isEmpty();
    }
}
