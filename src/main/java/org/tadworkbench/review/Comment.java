package org.tadworkbench.review;

import java.time.Instant;

/**
 * A comment on a version: its target, who made it (username, organisation, SEC party category), the text (Markdown,
 * rendered safely), the change proposed, when, and the consultation it was made in (null during internal review).
 *
 * <p>Comments that come from a reviewer's Word file also keep their thread: {@code replyTo} is the id of the comment
 * this one answers (null for a comment that starts a thread), {@code resolved} says Word marked it done, {@code quote}
 * is the text its range covered (for a proposed change: the paragraph as it stood, which {@code proposedChange}
 * replaces), and {@code source} says where it came from ("reviewed.docx, Word comment 3"), so that importing the
 * same file twice records nothing twice.
 */
public record Comment(long id, String version, CommentTarget target, String targetRef, String author,
                      String organisation, String partyCategory, String text, String proposedChange,
                      Instant createdAt, Long consultationId, Long replyTo, boolean resolved, String quote,
                      String source) {

    /** A comment typed in the browser or a response form: no thread, quote or source. */
    public Comment(long id, String version, CommentTarget target, String targetRef, String author, String organisation,
                   String partyCategory, String text, String proposedChange, Instant createdAt, Long consultationId) {
        this(id, version, target, targetRef, author, organisation, partyCategory, text, proposedChange, createdAt,
                consultationId, null, false, null, null);
    }

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
                at, consultation, replyTo, resolved, quote, source);
    }

    /** The same comment answering comment {@code parent} (ids are given when comments are recorded). */
    public Comment replyingTo(Long parent) {
        return new Comment(id, version, target, targetRef, author, organisation, partyCategory, text, proposedChange,
                createdAt, consultationId, parent, resolved, quote, source);
    }

    public boolean isReply() {
        return replyTo != null;
    }

    /** A change to the text the drafter can apply: the paragraph {@link #quote} as it stood becomes {@link #proposedChange}. */
    public boolean isProposedChange() {
        return proposedChange != null && quote != null && target == CommentTarget.PARAGRAPH;
    }
}
