package org.tadworkbench.web;

import org.tadworkbench.account.Account;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.DocumentState;

/**
 * Who sees which comment. While a version is in internal review or consultation (or a draft), SECAS (drafters,
 * project manager, quality assurance), the TABASC (chair and members) and administrators see every comment; any other
 * signed-in person sees the comments of their own organisation and their own; anonymous readers see none. Once the
 * consultation has closed (consultation closed, approved, published, live, superseded) every comment and its
 * disposition is visible to everyone, as in the response document.
 */
final class CommentVisibility {

    private CommentVisibility() {
    }

    static boolean open(DocumentState state) {
        return state == DocumentState.DRAFT || state == DocumentState.INTERNAL_REVIEW || state == DocumentState.CONSULTATION;
    }

    static boolean visible(Comment comment, DocumentState state, Account viewer) {
        if (!open(state)) {
            return true;
        }
        if (viewer == null) {
            return false;
        }
        return VersionAccess.INSIDERS.contains(viewer.role()) || viewer.username().equals(comment.author())
                || viewer.organisation() != null && viewer.organisation().equalsIgnoreCase(comment.organisation());
    }

    /** What the page says about the comments it does not show. */
    static String rule(DocumentState state, Account viewer) {
        if (!open(state)) {
            return "The consultation has closed: every comment and its disposition is shown.";
        }
        if (viewer == null) {
            return "Comments are shown to signed-in reviewers while the version is under review; all of them are published once the consultation closes.";
        }
        return VersionAccess.INSIDERS.contains(viewer.role()) ? "You see every comment."
                : "You see your own organisation's comments; all comments are published once the consultation closes.";
    }
}
