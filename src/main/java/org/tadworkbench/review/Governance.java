package org.tadworkbench.review;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A workspace's governance: each version's state, consultations, comments, dispositions, TABASC decisions, go-live
 * notices and the audit trail. Lists are in the order they were recorded; nothing is removed, a later disposition
 * or decision supersedes an earlier one.
 */
public record Governance(Map<String, DocumentState> states, List<Consultation> consultations, List<Comment> comments,
                         List<Disposition> dispositions, List<Decision> decisions, List<Notice> notices,
                         List<AuditEntry> audit) {

    private static final Governance EMPTY = new Governance(Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public Governance {
        states = java.util.Collections.unmodifiableMap(new TreeMap<>(states));
        consultations = List.copyOf(consultations);
        comments = List.copyOf(comments);
        dispositions = List.copyOf(dispositions);
        decisions = List.copyOf(decisions);
        notices = List.copyOf(notices);
        audit = audit.stream().sorted(Comparator.comparingLong(AuditEntry::sequence)).toList();
    }

    public static Governance empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    public Optional<DocumentState> state(String version) {
        return Optional.ofNullable(states.get(version));
    }

    /** The disposition in force for a comment: the latest recorded. */
    public Optional<Disposition> disposition(long commentId) {
        return dispositions.stream().filter(d -> d.commentId() == commentId).reduce((first, second) -> second);
    }

    /** The decision in force for a version: the latest recorded. */
    public Optional<Decision> decision(String version) {
        return decisions.stream().filter(d -> d.version().equals(version)).reduce((first, second) -> second);
    }

    /**
     * What of this governance {@code replacement} would lose, if anything: a recorded item that it does not hold
     * unchanged. Replacing governance may add to it, never remove or rewrite it.
     */
    public Optional<String> lostIn(Governance replacement) {
        return first(consultations, replacement.consultations, c -> "consultation " + c.id())
                .or(() -> first(comments, replacement.comments, c -> "comment " + c.id()))
                .or(() -> first(dispositions, replacement.dispositions, d -> "a disposition of comment " + d.commentId()))
                .or(() -> first(decisions, replacement.decisions, d -> "the decision on version " + d.version() + " of " + d.date()))
                .or(() -> first(notices, replacement.notices, n -> "notice " + n.id()))
                .or(() -> first(audit, replacement.audit, a -> "audit entry " + a.sequence()));
    }

    private static <T> Optional<String> first(List<T> recorded, List<T> replacement, java.util.function.Function<T, String> name) {
        return recorded.stream().filter(item -> !replacement.contains(item)).findFirst().map(name);
    }
}
