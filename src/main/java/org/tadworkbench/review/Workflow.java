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
            return Optional.of(roleRefusal(transition.get(), role));
        }
        return Optional.empty();
    }

    private static String roleRefusal(Transition transition, AccountRole role) {
        return "only " + labels(transition.roles()) + " may move a version from " + transition.from().label()
                + " to " + transition.to().label() + ", not a " + role.label();
    }

    /**
     * Throws with the reason when {@link #refusal} refuses: a {@link RoleRefusedException} when the move exists but
     * this role may never make it, a {@link ReviewException} when the version's state does not allow it.
     */
    public static void check(DocumentState from, DocumentState to, AccountRole role) {
        refusal(from, to, role).ifPresent(reason -> {
            boolean roleOnly = TRANSITIONS.stream().anyMatch(t -> t.from() == from && t.to() == to && !t.roles().contains(role));
            throw roleOnly ? new RoleRefusedException(reason) : new ReviewException(reason);
        });
    }

    /**
     * The text freeze, for a plain edit of a version's sections, glossary, references or figures. Open to change in
     * draft and internal review. Held still while the consultation is open: respondents comment on one text, and a
     * change is proposed on a comment instead. After the consultation closes, changes answer comments: each changed
     * section must be linked by a disposition before the version can be published ({@link PublicationGate}).
     * Approved and later versions never change.
     */
    public static void checkEdit(String version, DocumentState state, Optional<Consultation> consultation) {
        if (state.textEditable()) {
            return;
        }
        if (state == DocumentState.CONSULTATION) {
            throw new ReviewException("version " + version + " is under consultation"
                    + consultation.map(c -> " until " + c.closes()).orElse("")
                    + ": its text holds still while people comment on it. Propose the change in a comment; once the "
                    + "consultation has closed, a change answers a comment and the comment's disposition links it");
        }
        if (state.isImmutable()) {
            throw new ReviewException("version " + version + " is " + state.label() + " and immutable: its text cannot change");
        }
    }

    /**
     * After approval nothing recorded about a version changes (its comments, dispositions, decisions, consultations):
     * refused with what was tried. Corrections the workflow defines (a decision correction) do not come through here.
     */
    public static void checkStillOpen(String version, DocumentState state, String what) {
        if (state.isImmutable()) {
            throw new ReviewException("version " + version + " is " + state.label() + ": what is recorded about it no "
                    + "longer changes, so " + what + " is refused");
        }
    }

    /** A consultation runs to its published closing date: closing it before {@code closes} is refused. */
    public static void checkClose(Consultation consultation, LocalDate today) {
        if (today.isBefore(consultation.closes())) {
            throw new ReviewException("consultation " + consultation.id() + " on version " + consultation.version()
                    + " closes on " + consultation.closes() + ", its published closing date; it cannot be closed before "
                    + "(today is " + today + ")");
        }
    }

    /**
     * A TABASC decision is dated on or before today and not before the consultation closed. A correction supersedes
     * the decision in force, says why, and fixes its record (date, minute, approved or approved with changes); it
     * cannot turn an approval into a rejection or back, which needs the version to come back through the route.
     */
    public static void checkDecision(Decision decision, Optional<Decision> inForce, Optional<Consultation> consultation,
                                     LocalDate today) {
        if (decision.date().isAfter(today)) {
            throw new ReviewException("the TABASC decision is dated " + decision.date() + ", in the future (today is "
                    + today + "): record it on or after the meeting");
        }
        consultation.filter(c -> decision.date().isBefore(c.closes())).ifPresent(c -> {
            throw new ReviewException("the TABASC decision is dated " + decision.date() + ", before consultation "
                    + c.id() + " on version " + c.version() + " closed on " + c.closes());
        });
        if (decision.isCorrection()) {
            Decision earlier = inForce.orElseThrow(() -> new ReviewException("there is no decision on version "
                    + decision.version() + " to correct"));
            boolean wasRejection = earlier.outcome() == Decision.Outcome.REJECTED;
            if (wasRejection != (decision.outcome() == Decision.Outcome.REJECTED)) {
                throw new ReviewException("a correction fixes the record of the decision in force ("
                        + earlier.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " on "
                        + earlier.date() + "); turning an approval into a rejection, or back, is a new decision");
            }
        }
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
            throw new RoleRefusedException("only " + labels(allowed) + " may " + what + ", not a " + role.label());
        }
    }

    static String labels(Set<AccountRole> roles) {
        return roles.stream().sorted().map(AccountRole::label).collect(Collectors.joining(" or "));
    }
}
