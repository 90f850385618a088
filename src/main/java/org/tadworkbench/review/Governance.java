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

    /**
     * What the workflow would not let {@code replacement} (an import) change here, if anything: a recorded version
     * state changed other than by a workflow step, or anything added about a version that is approved or later
     * ({@link Workflow#checkStillOpen}). Versions the replacement adds, and states it adds, are its own to set.
     */
    public Optional<String> refusedIn(Governance replacement) {
        for (Map.Entry<String, DocumentState> state : states.entrySet()) {
            DocumentState other = replacement.states.get(state.getKey());
            if (other != null && other != state.getValue()) {
                return Optional.of("the import would move version " + state.getKey() + " from " + state.getValue().label()
                        + " to " + other.label() + "; a version changes state only through the workflow");
            }
        }
        java.util.function.Predicate<String> fixed = v -> state(v).map(DocumentState::isImmutable).orElse(false);
        java.util.function.Function<Long, String> versionOf = id -> replacement.comments.stream()
                .filter(c -> c.id() == id).map(Comment::version).findFirst().orElse("");
        return replacement.comments.stream().filter(c -> !comments.contains(c) && fixed.test(c.version()))
                .map(c -> "comment " + c.id() + " on version " + c.version()).findFirst()
                .or(() -> replacement.dispositions.stream().filter(d -> !dispositions.contains(d) && fixed.test(versionOf.apply(d.commentId())))
                        .map(d -> "a disposition of comment " + d.commentId() + " on version " + versionOf.apply(d.commentId())).findFirst())
                .or(() -> replacement.decisions.stream().filter(d -> !decisions.contains(d) && fixed.test(d.version()) && !d.isCorrection())
                        .map(d -> "a decision on version " + d.version()).findFirst())
                .or(() -> replacement.consultations.stream().filter(c -> !consultations.contains(c) && fixed.test(c.version()))
                        .map(c -> "consultation " + c.id() + " on version " + c.version()).findFirst())
                .map(what -> "the import adds " + what + ", which is " + state(what.substring(what.lastIndexOf(' ') + 1))
                        .map(DocumentState::label).orElse("fixed") + ": what is recorded about it no longer changes");
    }

    private static <T> Optional<String> first(List<T> recorded, List<T> replacement, java.util.function.Function<T, String> name) {
        return recorded.stream().filter(item -> !replacement.contains(item)).findFirst().map(name);
    }
}
