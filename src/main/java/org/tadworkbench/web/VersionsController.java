package org.tadworkbench.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.review.Consultation;
import org.tadworkbench.review.Decision;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.review.Governance;
import org.tadworkbench.review.Notice;
import org.tadworkbench.review.PublicationGate;
import org.tadworkbench.review.Workflow;
import org.tadworkbench.store.GovernanceStore;
import org.tadworkbench.workspace.Workspace;

/**
 * Versions and the workflow: {@code GET /versions} lists every version with its state, date, release and latest
 * TABASC decision, and offers the signed-in role the steps it may take. {@code POST /versions/{v}/state} moves a
 * version ({@code to}: internal-review, draft, consultation-closed, published); {@code POST /versions/{v}/decision}
 * records the TABASC decision (TABASC chair); {@code POST /versions/{v}/go-live} makes a published version live on
 * or after its release date and records the go-live notice (quality assurance). Who may post is checked twice: by
 * {@link SecurityConfiguration} (403) and by {@link Workflow} in {@link GovernanceStore} (a 409 page with the reason).
 */
@Controller
class VersionsController {

    /** The moves made here; consultation opens from its own page, approval by decision, live by go-live. */
    private static final List<DocumentState> PLAIN_MOVES = List.of(DocumentState.INTERNAL_REVIEW, DocumentState.DRAFT,
            DocumentState.CONSULTATION_CLOSED);

    private final CurrentWorkspace current;
    private final GovernanceStore governance;
    private final GoLiveNotices notices;
    private final Clock clock;
    private final Labels labels;

    VersionsController(CurrentWorkspace current, GovernanceStore governance, GoLiveNotices notices, Clock clock,
                       Labels labels) {
        this.current = current;
        this.labels = labels;
        this.governance = governance;
        this.notices = notices;
        this.clock = clock;
    }

    /** One version as the page shows it, with the moves (buttons) the signed-in role may make. */
    record VersionLine(DocumentVersion version, DocumentState state, Decision decision, Consultation consultation,
                       List<DocumentState> moves, boolean mayDecide, boolean mayOpenConsultation, boolean mayGoLive,
                       boolean mayCorrect, boolean mayPublish) {
    }

    @GetMapping("/versions")
    String listVersions(Model model) {
        Workspace ws = current.require();
        Governance recorded = governance.loadGovernance(ws.manifest().id());
        Optional<AccountRole> role = SignedInUser.role();
        List<VersionLine> lines = ws.manifest().versions().stream().map(v -> {
            DocumentState state = recorded.state(v.version()).orElse(DocumentState.of(v.status()));
            List<DocumentState> moves = role.map(r -> PLAIN_MOVES.stream()
                    .filter(to -> Workflow.refusal(state, to, r).isEmpty()).toList()).orElse(List.of());
            Consultation consultation = recorded.consultations().stream().filter(c -> c.version().equals(v.version()))
                    .reduce((first, second) -> second).orElse(null);
            return new VersionLine(v, state, recorded.decision(v.version()).orElse(null), consultation, moves,
                    allowed(role, state, DocumentState.APPROVED), allowed(role, state, DocumentState.CONSULTATION),
                    allowed(role, state, DocumentState.LIVE),
                    recorded.decision(v.version()).isPresent() && role.filter(Workflow.DECIDERS::contains).isPresent(),
                    allowed(role, state, DocumentState.PUBLISHED));
        }).toList();
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("lines", lines);
        model.addAttribute("outcomes", Decision.Outcome.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("role", role.orElse(null));
        model.addAttribute("editor", SignedInUser.isEditor());
        return "versions/listVersions";
    }

    private static boolean allowed(Optional<AccountRole> role, DocumentState from, DocumentState to) {
        return role.filter(r -> Workflow.refusal(from, to, r).isEmpty()).isPresent();
    }

    /**
     * The publish step's confirmation: what will be published (document control, the TABASC decision, a link to the
     * redline against the live version), what stands in the way (comments without a disposition, changes no
     * disposition links) and the release's unrealised impact rows, which need an acknowledgement. Its form is the
     * POST that publishes; the store checks the same gate again, whatever page posts.
     */
    @GetMapping("/versions/{version}/publish")
    String confirmPublish(@PathVariable String version, Model model) {
        Workspace ws = current.require();
        DocumentVersion target = ws.manifest().versions().stream().filter(v -> v.version().equals(version)).findFirst()
                .orElseThrow(() -> new PageNotFoundException("There is no version " + version + "."));
        String id = ws.manifest().id();
        Governance recorded = governance.loadGovernance(id);
        DocumentState state = recorded.state(version).orElse(DocumentState.of(target.status()));
        PublicationGate gate = governance.publicationGate(id, version);
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("target", target);
        model.addAttribute("state", state);
        model.addAttribute("decision", recorded.decision(version).orElse(null));
        model.addAttribute("live", ws.manifest().liveVersion().map(DocumentVersion::version).orElse(null));
        model.addAttribute("gate", gate);
        model.addAttribute("blocked", gate.refusal(true).orElse(null));
        model.addAttribute("mayPublish", SignedInUser.role().filter(r -> Workflow.refusal(state, DocumentState.PUBLISHED, r)
                .isEmpty()).isPresent());
        return "versions/confirmPublish";
    }

    @PostMapping("/versions/{version}/state")
    String changeState(@PathVariable String version, @RequestParam String to,
                       @RequestParam(required = false) String acknowledge, RedirectAttributes flash) {
        DocumentState target = parse(DocumentState.values(), to, "state");
        if (target == DocumentState.LIVE) {
            return goLive(version, flash);
        }
        Workspace ws = current.require();
        DocumentState now = governance.changeState(ws.manifest().id(), version, target, SignedInUser.name(), role(),
                LocalDate.now(clock), acknowledge != null && !acknowledge.isBlank());
        flash.addFlashAttribute("message", "Version " + version + " is now " + now.label() + ".");
        return "redirect:/versions";
    }

    @PostMapping("/versions/{version}/decision")
    String recordDecision(@PathVariable String version, @RequestParam String outcome, @RequestParam String date,
                          @RequestParam(name = "minute") String minuteReference,
                          @RequestParam(required = false) String correction, RedirectAttributes flash) {
        Decision.Outcome chosen = parse(Decision.Outcome.values(), outcome, "outcome");
        LocalDate taken;
        try {
            taken = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + date + "' is not a date: give the meeting's date as YYYY-MM-DD.");
        }
        Workspace ws = current.require();
        Decision decision = governance.recordDecision(ws.manifest().id(),
                new Decision(version, chosen, taken, minuteReference.strip(), SignedInUser.name(), correction), role());
        flash.addFlashAttribute("message", "The TABASC decision on version " + version + " is "
                + (decision.isCorrection() ? "corrected" : "recorded") + ": "
                + labels.of(decision.outcome()) + " (" + decision.minuteReference() + ").");
        return "redirect:/versions";
    }

    @PostMapping("/versions/{version}/go-live")
    String goLive(@PathVariable String version, RedirectAttributes flash) {
        Workspace ws = current.require();
        LocalDate today = LocalDate.now(clock);
        governance.changeState(ws.manifest().id(), version, DocumentState.LIVE, SignedInUser.name(), role(), today);
        Notice notice = notices.announce(ws, version, today, SignedInUser.name(), role());
        flash.addFlashAttribute("message", "Version " + version + " is live. Go-live notice " + notice.id() + " is "
                + (notice.state() == Notice.State.SENT ? "sent." : "in the outbox."));
        return "redirect:/versions";
    }

    private static AccountRole role() {
        return SignedInUser.role().orElseThrow(() -> new BadRequestException("Sign in to take a workflow step."));
    }

    /** Reads a value as pages post it ({@code approved-with-changes}); a 400 naming the valid ones otherwise. */
    static <E extends Enum<E>> E parse(E[] values, String text, String what) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values).filter(v -> v.name().equals(key)).findFirst().orElseThrow(() -> new BadRequestException(
                "'" + text + "' is not a " + what + ": use one of " + Arrays.stream(values)
                        .map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList() + "."));
    }
}
