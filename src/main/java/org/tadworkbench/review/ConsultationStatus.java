package org.tadworkbench.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where a consultation stands today and what one reader can see of its comments: the one value every page and
 * document about a consultation says it with (the consultation page, the version list, the comments page and the
 * "Response to consultation" with its anonymous copy), so none states a published closing date as past while the
 * consultation is still open, nor "no comments were received" when the reader is only not yet shown them.
 *
 * @param closedOn the day it was actually closed (from the audit trail), or null while open or when not recorded
 * @param received every comment made on the consultation
 * @param shown    those the reader may see now
 * @param disposed received comments with a disposition in force
 */
public record ConsultationStatus(Consultation consultation, Phase phase, LocalDate closedOn, int received, int shown,
                                 int disposed) {

    /** The consultation's phase on a given day. */
    public enum Phase {
        /** Opened by quality assurance, but its opening date is still to come. */
        NOT_YET_OPEN,
        /** Taking comments until its closing date (inclusive). */
        OPEN,
        /** Its closing date has passed but quality assurance has not closed it yet. */
        PAST_CLOSING_DATE,
        /** Closed: the version has moved on (consultation closed, approved, ...) or a later consultation replaced it. */
        CLOSED
    }

    /** A term and its value, as a definition list on a page and in the PDF shows it. */
    public record Fact(String term, String value) {
    }

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    public ConsultationStatus {
        if (consultation == null || phase == null) {
            throw new ReviewException("a consultation status needs its consultation and phase");
        }
        if (shown > received || disposed > received || shown < 0 || disposed < 0) {
            throw new ReviewException("consultation " + consultation.id() + ": " + shown + " shown and " + disposed
                    + " disposed of " + received + " received comments");
        }
    }

    /**
     * The status of {@code consultation} today ({@code clock}'s date and zone) for a reader who sees the comments
     * {@code shownToReader} accepts. {@code versionState} is the consulted version's state now: only while it is in
     * consultation is its latest consultation still running.
     */
    public static ConsultationStatus of(Consultation consultation, Governance governance, DocumentState versionState,
                                        Predicate<Comment> shownToReader, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        boolean latest = governance.consultations().stream().filter(c -> c.version().equals(consultation.version()))
                .reduce((first, second) -> second).map(c -> c.id() == consultation.id()).orElse(true);
        Phase phase;
        if (versionState != DocumentState.CONSULTATION || !latest) {
            phase = Phase.CLOSED;
        } else if (today.isBefore(consultation.opens())) {
            phase = Phase.NOT_YET_OPEN;
        } else if (today.isAfter(consultation.closes())) {
            phase = Phase.PAST_CLOSING_DATE;
        } else {
            phase = Phase.OPEN;
        }
        List<Comment> comments = governance.comments().stream()
                .filter(c -> c.consultationId() != null && c.consultationId() == consultation.id()).toList();
        LocalDate closedOn = phase == Phase.CLOSED ? closedOn(consultation, governance, clock).orElse(null) : null;
        return new ConsultationStatus(consultation, phase, closedOn, comments.size(),
                (int) comments.stream().filter(shownToReader).count(),
                (int) comments.stream().filter(c -> governance.disposition(c.id()).isPresent()).count());
    }

    /** The first move of the version to "consultation closed" recorded after this consultation was opened. */
    private static Optional<LocalDate> closedOn(Consultation consultation, Governance governance, Clock clock) {
        long opened = governance.audit().stream().filter(a -> a.action().equals("consultation-opened")
                        && a.subjectId().equals(String.valueOf(consultation.id())))
                .mapToLong(AuditEntry::sequence).findFirst().orElse(Long.MIN_VALUE);
        return governance.audit().stream().filter(a -> a.sequence() > opened && a.action().equals("state-changed")
                        && a.subjectKind().equals("version") && a.subjectId().equals(consultation.version())
                        && DocumentState.CONSULTATION_CLOSED.code().equals(a.after()))
                .findFirst().map(a -> a.at().atZone(clock.getZone()).toLocalDate());
    }

    /** Whether comments may still come in (not yet open, open, or past its date but not yet closed). */
    public boolean isOpen() {
        return phase != Phase.CLOSED;
    }

    /** One line: "Open until 4 January 2027", "Closed on 5 January 2027", ... */
    public String summary() {
        return switch (phase) {
            case NOT_YET_OPEN -> "Opens on " + date(consultation.opens()) + " and closes on " + date(consultation.closes());
            case OPEN -> "Open until " + date(consultation.closes());
            case PAST_CLOSING_DATE -> "Closing date " + date(consultation.closes())
                    + " has passed; open until quality assurance closes it";
            case CLOSED -> closedOn != null ? "Closed on " + date(closedOn)
                    : "Closed (its closing date was " + date(consultation.closes()) + ")";
        };
    }

    /** The dates and counts as terms and values: opened/opens, closes/closed on, comments. */
    public List<Fact> facts() {
        Fact opens = new Fact(phase == Phase.NOT_YET_OPEN ? "Opens on" : "Opened on", date(consultation.opens()));
        Fact closes = switch (phase) {
            case NOT_YET_OPEN, OPEN -> new Fact("Closes on", date(consultation.closes()));
            case PAST_CLOSING_DATE -> new Fact("Closing date", date(consultation.closes()) + " (passed; not yet closed)");
            case CLOSED -> closedOn != null ? new Fact("Closed on", date(closedOn))
                    : new Fact("Closing date", date(consultation.closes()));
        };
        return List.of(new Fact("Status", summary()), opens, closes, new Fact("Comments", comments()));
    }

    /**
     * The counts for this reader: "8 comments received (5 with a disposition); 2 shown to you; the others
     * are published when the consultation closes", "No comments received yet.", "No comments were received.".
     */
    public String comments() {
        if (received == 0) {
            return isOpen() ? "No comments received yet." : "No comments were received.";
        }
        String counts = received + (received == 1 ? " comment" : " comments") + " received (" + disposed
                + " with a disposition)";
        if (shown == received) {
            return counts + ".";
        }
        String when = isOpen() ? " published when the consultation closes"
                : " not shown to you while version " + consultation.version() + " is under review again";
        return counts + (shown == 0 ? "; none shown to you; they are" + when
                : "; " + shown + " shown to you; the others are" + when) + ".";
    }

    /** "4 January 2027". */
    public static String date(LocalDate day) {
        return LONG_DATE.format(day);
    }
}
