package org.tadworkbench.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a consultation's pages and documents say of its state, dates and comments, for one reader on one day. */
class ConsultationStatusTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Consultation CONSULTATION = new Consultation(4, "3.0", List.of("SEC Parties"),
            LocalDate.of(2026, 11, 23), LocalDate.of(2027, 1, 4), List.of());
    private static final Predicate<Comment> EVERY = c -> true;

    @Test
    void whileOpenItSaysOpenUntilTheClosingDateAndNeverClosed() {
        ConsultationStatus status = status(governance(3, 1, List.of()), DocumentState.CONSULTATION, EVERY, day(2026, 12, 10));

        assertThat(status.phase()).isEqualTo(ConsultationStatus.Phase.OPEN);
        assertThat(status.summary()).isEqualTo("Open until 4 January 2027");
        assertThat(status.facts()).extracting(ConsultationStatus.Fact::term)
                .containsExactly("Status", "Opened on", "Closes on", "Comments").doesNotContain("Closed on");
        assertThat(status.comments()).isEqualTo("3 comments received (1 with a disposition).");
        // The closing day itself is still open: closing is allowed from that day, not before.
        assertThat(status(governance(0, 0, List.of()), DocumentState.CONSULTATION, EVERY, day(2027, 1, 4)).summary())
                .isEqualTo("Open until 4 January 2027");
    }

    @Test
    void beforeItsOpeningDateAndAfterItsClosingDateItSaysSo() {
        assertThat(status(governance(0, 0, List.of()), DocumentState.CONSULTATION, EVERY, day(2026, 11, 1)).summary())
                .isEqualTo("Opens on 23 November 2026 and closes on 4 January 2027");
        ConsultationStatus late = status(governance(0, 0, List.of()), DocumentState.CONSULTATION, EVERY, day(2027, 1, 6));
        assertThat(late.summary()).isEqualTo("Closing date 4 January 2027 has passed; open until quality assurance closes it");
        assertThat(late.isOpen()).isTrue();
    }

    @Test
    void afterCloseItSaysTheDayItWasActuallyClosedFromTheAuditTrail() {
        List<AuditEntry> audit = List.of(
                new AuditEntry(1, Instant.parse("2026-11-20T10:00:00Z"), "qa", "consultation-opened", "consultation", "4", null, "{}"),
                new AuditEntry(2, Instant.parse("2027-01-07T23:30:00Z"), "qa", "state-changed", "version", "3.0",
                        "consultation", "consultation-closed"));

        ConsultationStatus status = status(governance(8, 8, audit), DocumentState.APPROVED, EVERY, day(2027, 2, 1));

        assertThat(status.phase()).isEqualTo(ConsultationStatus.Phase.CLOSED);
        assertThat(status.summary()).isEqualTo("Closed on 7 January 2027");
        assertThat(status.facts()).contains(new ConsultationStatus.Fact("Closed on", "7 January 2027"));
        assertThat(status.comments()).isEqualTo("8 comments received (8 with a disposition).");
    }

    @Test
    void aClosedConsultationWithoutARecordedCloseNamesItsClosingDateNotAnInventedDay() {
        ConsultationStatus status = status(governance(0, 0, List.of()), DocumentState.CONSULTATION_CLOSED, EVERY, day(2027, 2, 1));

        assertThat(status.summary()).isEqualTo("Closed (its closing date was 4 January 2027)");
        assertThat(status.comments()).isEqualTo("No comments were received.");
    }

    @Test
    void noneReceivedWhileOpenIsNotYetRatherThanWere() {
        assertThat(status(governance(0, 0, List.of()), DocumentState.CONSULTATION, EVERY, day(2026, 12, 1)).comments())
                .isEqualTo("No comments received yet.");
    }

    @Test
    void commentsHiddenFromTheReaderAreCountedAndSaidToBePublishedAtClose() {
        Governance g = governance(8, 0, List.of());
        Predicate<Comment> ownOrganisation = c -> c.id() <= 2;

        assertThat(status(g, DocumentState.CONSULTATION, ownOrganisation, day(2026, 12, 1)).comments())
                .isEqualTo("8 comments received (0 with a disposition); 2 shown to you; the others are published when "
                        + "the consultation closes.");
        assertThat(status(g, DocumentState.CONSULTATION, c -> false, day(2026, 12, 1)).comments())
                .isEqualTo("8 comments received (0 with a disposition); none shown to you; they are published when "
                        + "the consultation closes.");
    }

    @Test
    void anEarlierConsultationOfAVersionConsultedAgainIsClosed() {
        Consultation second = new Consultation(5, "3.0", List.of("SEC Parties"), LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 29), List.of());
        Governance g = new Governance(Map.of("3.0", DocumentState.CONSULTATION), List.of(CONSULTATION, second),
                List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(ConsultationStatus.of(CONSULTATION, g, DocumentState.CONSULTATION, EVERY, day(2027, 3, 2)).isOpen()).isFalse();
        assertThat(ConsultationStatus.of(second, g, DocumentState.CONSULTATION, EVERY, day(2027, 3, 2)).summary())
                .isEqualTo("Open until 29 March 2027");
    }

    private static ConsultationStatus status(Governance g, DocumentState state, Predicate<Comment> shown, Clock clock) {
        return ConsultationStatus.of(CONSULTATION, g, state, shown, clock);
    }

    /** {@code count} comments in the consultation (ids 1..count), the first {@code disposed} of them disposed. */
    private static Governance governance(int count, int disposed, List<AuditEntry> audit) {
        List<Comment> comments = new ArrayList<>(IntStream.rangeClosed(1, count).mapToObj(i -> new Comment(i, "3.0",
                CommentTarget.DOCUMENT, null, "user" + i, "Org " + i, "large-supplier", "Comment " + i, null,
                Instant.parse("2026-12-01T09:00:00Z"), 4L)).toList());
        comments.add(new Comment(99, "3.0", CommentTarget.DOCUMENT, null, "drafter", "SECAS", null,
                "An internal review comment, not part of the consultation", null, Instant.parse("2026-11-01T09:00:00Z"), null));
        List<Disposition> dispositions = IntStream.rangeClosed(1, disposed).mapToObj(i -> new Disposition(i,
                Disposition.Outcome.NOTED, "Noted.", null, null, null, "drafter", Instant.parse("2027-01-10T09:00:00Z"))).toList();
        return new Governance(Map.of("3.0", DocumentState.CONSULTATION), List.of(CONSULTATION), comments, dispositions,
                List.of(), List.of(), audit);
    }

    private static Clock day(int year, int month, int dayOfMonth) {
        return Clock.fixed(LocalDate.of(year, month, dayOfMonth).atTime(12, 0).atZone(LONDON).toInstant(), LONDON);
    }
}
