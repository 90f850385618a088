package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.CommentTarget;

/** Comments shown as threads: each comment with its replies under it, in order, and nothing shown twice or lost. */
class CommentThreadsTests {

    private static Comment comment(long id, Long replyTo) {
        return new Comment(id, "3.0", CommentTarget.DOCUMENT, null, "ann", null, null, "Text " + id, null, Instant.EPOCH,
                null, replyTo, false, null, null);
    }

    private static ReviewPages.CommentView view(Comment c) {
        return new ReviewPages.CommentView(c, "Whole document", c.text(), null, null, null, null, null, null, null, List.of());
    }

    @Test
    void repliesFollowTheirCommentDepthFirstAndAReplyWhoseCommentIsHiddenStandsAlone() {
        List<Comment> shown = List.of(comment(1, null), comment(2, null), comment(3, 1L), comment(4, 3L),
                comment(5, 1L), comment(6, 99L));

        List<ReviewPages.CommentView> threads = ReviewPages.threads(shown, CommentThreadsTests::view);

        assertThat(threads).extracting(v -> v.comment().id()).containsExactly(1L, 2L, 6L);
        assertThat(threads.get(0).replies()).extracting(v -> v.comment().id()).containsExactly(3L, 4L, 5L);
        assertThat(threads.get(1).replies()).isEmpty();
    }
}
