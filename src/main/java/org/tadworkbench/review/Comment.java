package org.tadworkbench.review;

import java.time.Instant;

/**
 * A comment on a version: its target, who made it (username, organisation, SEC party category), the text (Markdown,
 * rendered safely), the change proposed, when, and the consultation it was made in (null during internal review).
 */
public record Comment(long id, String version, CommentTarget target, String targetRef, String author,
                      String organisation, String partyCategory, String text, String proposedChange,
                      Instant createdAt, Long consultationId) {

    public Comment {
        Values.require(version, "a comment needs the version it is on");
        if (target == null) {
            throw new ReviewException("a comment needs a target: document, section, paragraph or figure");
        }
        if (target != CommentTarget.DOCUMENT) {
            Values.require(targetRef, "a comment on a " + target.name().toLowerCase(java.util.Locale.ROOT) + " must say which one");
        }
        Values.require(author, "a comment needs its author");
        Values.require(text, "a comment needs its text");
    }

    public Comment withId(long newId, Instant at, Long consultation) {
        return new Comment(newId, version, target, targetRef, author, organisation, partyCategory, text, proposedChange,
                at, consultation);
    }
}
