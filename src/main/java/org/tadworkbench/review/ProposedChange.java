package org.tadworkbench.review;

import java.util.List;
import java.util.Optional;
import org.tadworkbench.document.Paragraphs;

/**
 * A comment's proposed change to one paragraph ({@link Comment#isProposedChange()}: paragraph {@code 4.2.1.7#3} read
 * {@link Comment#quote()} and should read {@link Comment#proposedChange()}) applied to a section's text. It applies
 * cleanly only while that paragraph still reads as quoted (whitespace aside); otherwise the section has moved on since
 * the copy and a drafter merges by hand.
 */
public final class ProposedChange {

    private ProposedChange() {
    }

    /** The section the change is to: {@code 4.2.1.7} of {@code 4.2.1.7#3}. */
    public static String section(Comment change) {
        return CommentTarget.sectionOf(require(change).targetRef());
    }

    /** The paragraph the change is to, from 1: {@code 3} of {@code 4.2.1.7#3}. */
    public static int paragraph(Comment change) {
        return CommentTarget.paragraphOf(require(change).targetRef());
    }

    /** {@code body} with the change made, when its paragraph still reads as quoted; else empty. */
    public static Optional<String> applyTo(Comment change, String body) {
        List<String> paragraphs = Paragraphs.sources(body);
        int n = paragraph(change);
        if (n > paragraphs.size() || !normalised(paragraphs.get(n - 1)).equals(normalised(change.quote()))) {
            return Optional.empty();
        }
        return Optional.of(Paragraphs.replace(body, n, change.proposedChange()));
    }

    /** Whether {@code body} already reads as proposed: its paragraph is the proposal (whitespace aside). */
    public static boolean appliedIn(Comment change, String body) {
        List<String> paragraphs = Paragraphs.sources(body);
        int n = paragraph(change);
        return n <= paragraphs.size() && normalised(paragraphs.get(n - 1)).equals(normalised(change.proposedChange()));
    }

    /**
     * {@code body} with the change made as well as it can be, as a text to merge by hand: its paragraph replaced when
     * it reads as quoted, else the first paragraph that does (the text moved), else the paragraph of that number
     * whatever it reads now (the proposal appended when the text has fewer paragraphs).
     */
    public static String replaceIn(Comment change, String body) {
        Optional<String> clean = applyTo(change, body);
        if (clean.isPresent()) {
            return clean.get();
        }
        List<String> paragraphs = Paragraphs.sources(body);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (normalised(paragraphs.get(i)).equals(normalised(change.quote()))) {
                return Paragraphs.replace(body, i + 1, change.proposedChange());
            }
        }
        int n = paragraph(change);
        if (n <= paragraphs.size()) {
            return Paragraphs.replace(body, n, change.proposedChange());
        }
        String kept = body.stripTrailing();
        return (kept.isEmpty() ? "" : kept + "\n\n") + change.proposedChange().strip() + "\n";
    }

    /** Whether two texts read the same, whitespace aside (a line break in Markdown is a space in Word). */
    public static boolean sameText(String a, String b) {
        return normalised(a).equals(normalised(b));
    }

    private static String normalised(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static Comment require(Comment change) {
        if (!change.isProposedChange() || !change.targetRef().matches(".+#[1-9][0-9]*")) {
            throw new ReviewException("comment " + change.id() + " proposes no change to a paragraph");
        }
        return change;
    }
}
