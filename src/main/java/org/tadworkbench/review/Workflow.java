package org.tadworkbench.review;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tadworkbench.account.AccountRole;

/**
 * The PID's quality route as rules: which state changes exist and which roles may make each. Drafters and the
 * project manager send a draft to internal review (and take it back); quality assurance (SECAS core) opens and
 * closes the consultation and publishes; only the TABASC chair records the TABASC's decision (approve, or reject
 * back to draft); a published version goes live on its release date, which supersedes the previous live version
 * (never by hand). Approved and later versions are immutable. The administrator manages accounts, not documents.
 */
public final class Workflow {

    /** One permitted state change and the roles that may make it. */
    public record Transition(DocumentState from, DocumentState to, Set<AccountRole> roles) {
        public Transition {
            roles = Set.copyOf(roles);
        }
    }

    /** Roles that may record a response and disposition to a comment: SECAS. */
    public static final Set<AccountRole> DISPOSERS = EnumSet.of(AccountRole.DRAFTER, AccountRole.PROJECT_MANAGER, AccountRole.QUALITY_ASSURANCE);
    /** Roles that may record the TABASC decision. */
    public static final Set<AccountRole> DECIDERS = EnumSet.of(AccountRole.TABASC_CHAIR);
    /** Roles that may open a consultation, publish and record a go-live notice: SECAS core. */
    public static final Set<AccountRole> SECAS_CORE = EnumSet.of(AccountRole.QUALITY_ASSURANCE);
    /** Roles that may comment during internal review (SECAS and the TABASC); anyone may during a consultation. */
    public static final Set<AccountRole> INTERNAL_REVIEWERS = EnumSet.of(AccountRole.DRAFTER, AccountRole.PROJECT_MANAGER,
            AccountRole.QUALITY_ASSURANCE, AccountRole.TABASC_CHAIR, AccountRole.TABASC_MEMBER);

    private static final List<Transition> TRANSITIONS = List.of(
            new Transition(DocumentState.DRAFT, DocumentState.INTERNAL_REVIEW, EnumSet.of(AccountRole.DRAFTER, AccountRole.PROJECT_MANAGER)),
            new Transition(DocumentState.INTERNAL_REVIEW, DocumentState.DRAFT, EnumSet.of(AccountRole.DRAFTER, AccountRole.PROJECT_MANAGER, AccountRole.QUALITY_ASSURANCE)),
            new Transition(DocumentState.INTERNAL_REVIEW, DocumentState.CONSULTATION, SECAS_CORE),
            new Transition(DocumentState.CONSULTATION, DocumentState.CONSULTATION_CLOSED, SECAS_CORE),
            new Transition(DocumentState.CONSULTATION_CLOSED, DocumentState.APPROVED, DECIDERS),
            new Transition(DocumentState.CONSULTATION_CLOSED, DocumentState.DRAFT, DECIDERS),
            new Transition(DocumentState.APPROVED, DocumentState.PUBLISHED, SECAS_CORE),
            new Transition(DocumentState.PUBLISHED, DocumentState.LIVE, SECAS_CORE));

    private Workflow() {
    }

    public static List<Transition> transitions() {
        return TRANSITIONS;
    }

    /** Why {@code role} may not move a version from {@code from} to {@code to}; empty when it may. */
    public static Optional<String> refusal(DocumentState from, DocumentState to, AccountRole role) {
        if (to == DocumentState.SUPERSEDED) {
            return Optional.of("a version is superseded only when another version goes live, never by hand");
        }
        if (from.isImmutable() && from != DocumentState.APPROVED && from != DocumentState.PUBLISHED) {
            return Optional.of("a " + from.label() + " version is immutable: it cannot become " + to.label());
        }
        Optional<Transition> transition = TRANSITIONS.stream().filter(t -> t.from() == from && t.to() == to).findFirst();
        if (transition.isEmpty()) {
            String next = TRANSITIONS.stream().filter(t -> t.from() == from).map(t -> t.to().label())
                    .collect(Collectors.joining(", "));
            return Optional.of("a " + from.label() + " version cannot become " + to.label()
                    + (next.isEmpty() ? "" : " (it can become: " + next + ")"));
        }
        if (!transition.get().roles().contains(role)) {
            return Optional.of("only " + labels(transition.get().roles()) + " may move a version from " + from.label()
                    + " to " + to.label() + ", not a " + role.label());
        }
        return Optional.empty();
    }

    /** Throws with the reason when {@link #refusal} refuses. */
    public static void check(DocumentState from, DocumentState to, AccountRole role) {
        refusal(from, to, role).ifPresent(reason -> {
            throw new ReviewException(reason);
        });
    }

    /** A version goes live on its release date, not before: refused with the date when {@code today} is earlier. */
    public static void checkGoLive(String version, LocalDate releaseDate, LocalDate today) {
        if (releaseDate == null) {
            throw new ReviewException("version " + version + " has no release date in workspace.yaml, so it cannot go live");
        }
        if (today.isBefore(releaseDate)) {
            throw new ReviewException("version " + version + " goes live on its release date " + releaseDate
                    + ", not before (today is " + today + ")");
        }
    }

    /** Throws unless {@code role} is one of {@code allowed}, naming who may {@code what}. */
    public static void requireRole(AccountRole role, Set<AccountRole> allowed, String what) {
        if (!allowed.contains(role)) {
            throw new ReviewException("only " + labels(allowed) + " may " + what + ", not a " + role.label());
        }
    }

    static String labels(Set<AccountRole> roles) {
        return roles.stream().sorted().map(AccountRole::label).collect(Collectors.joining(" or "));
    }
}
