package org.tadworkbench.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A reviewer's proposed change to one paragraph, made on a section's text as it is now or merged by hand. */
class ProposedChangeTests {

    private static final String BODY = "First paragraph.\n\nThe HHT is  a terminal.\n\n- a list\n- of two\n";

    private static Comment change(String ref, String quote, String proposed) {
        return new Comment(3, "3.0", CommentTarget.PARAGRAPH, ref, "Ann", null, null, "Tracked changes.", proposed,
                Instant.EPOCH, null, null, false, quote, "r.docx sha256:0 tracked changes on " + ref);
    }

    @Test
    void aParagraphThatStillReadsAsQuotedWhitespaceAsideIsReplacedAndNothingElse() {
        Comment c = change("4.2.1.7#2", "The HHT is a\nterminal.", "The HHT is a hand held terminal.");

        assertThat(ProposedChange.section(c)).isEqualTo("4.2.1.7");
        assertThat(ProposedChange.paragraph(c)).isEqualTo(2);
        assertThat(ProposedChange.applyTo(c, BODY)).contains(
                "First paragraph.\n\nThe HHT is a hand held terminal.\n\n- a list\n- of two\n");
        assertThat(ProposedChange.appliedIn(c, BODY)).isFalse();
        assertThat(ProposedChange.appliedIn(c, ProposedChange.applyTo(c, BODY).orElseThrow())).isTrue();
    }

    @Test
    void aSectionThatMovedOnIsNotChangedCleanlyButGivesATextToMerge() {
        Comment c = change("4.2.1.7#2", "The HHT is a terminal.", "The HHT is a hand held terminal.");
        String moved = "A new first paragraph.\n\n" + BODY;
        String reworded = BODY.replace("The HHT is  a terminal.", "The HHT is a device.");

        assertThat(ProposedChange.applyTo(c, moved)).isEmpty();
        // the quoted paragraph found where it moved to
        assertThat(ProposedChange.replaceIn(c, moved)).contains("First paragraph.\n\nThe HHT is a hand held terminal.");
        // reworded: the paragraph of that number replaced, the drafter merges
        assertThat(ProposedChange.applyTo(c, reworded)).isEmpty();
        assertThat(ProposedChange.replaceIn(c, reworded)).doesNotContain("a device").contains("hand held terminal");
        // fewer paragraphs than the change's number: the proposal appended
        assertThat(ProposedChange.replaceIn(change("4.2.1.7#9", "x", "Nine."), "One.\n")).isEqualTo("One.\n\nNine.\n");
    }

    @Test
    void aCommentThatProposesNoParagraphChangeIsRefused() {
        Comment typed = new Comment(4, "3.0", CommentTarget.SECTION, "4.2", "rita", null, null, "Hm.", "Say more.",
                Instant.EPOCH, null);
        assertThatThrownBy(() -> ProposedChange.section(typed)).isInstanceOf(ReviewException.class)
                .hasMessage("comment 4 proposes no change to a paragraph");
    }
}
