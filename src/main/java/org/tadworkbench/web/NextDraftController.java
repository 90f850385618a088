package org.tadworkbench.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.store.GovernanceStore;
import org.tadworkbench.workspace.NextDraft;
import org.tadworkbench.workspace.Workspace;

/**
 * {@code POST /versions/{v}/next-draft} (optional {@code as}: the new version's number) starts the next draft from
 * live version v, as {@code tad versions new} does: the rule is {@link NextDraft}'s, applied under lock by
 * {@link GovernanceStore#startNextDraft}. A role outside {@link NextDraft#ROLES} gets 403 (administrators take no
 * workflow step, as in {@link org.tadworkbench.review.Workflow}); a version that is not live, or a newer version
 * already drafted, gets the 409 page with the reason.
 */
@Controller
class NextDraftController {

    private final CurrentWorkspace current;
    private final GovernanceStore governance;
    private final Clock clock;

    NextDraftController(CurrentWorkspace current, GovernanceStore governance, Clock clock) {
        this.current = current;
        this.governance = governance;
        this.clock = clock;
    }

    @PostMapping("/versions/{version}/next-draft")
    String startNextDraft(@PathVariable String version, @RequestParam(required = false) String as,
                          RedirectAttributes flash) {
        AccountRole role = SignedInUser.role().orElseThrow(() -> new AccessDeniedException("sign in to start the next draft"));
        NextDraft.roleRefusal(role).ifPresent(reason -> {
            throw new AccessDeniedException(reason);
        });
        NextDraft.Opened opened = governance.startNextDraft(current.requireId(), version,
                as == null || as.isBlank() ? null : as.strip(), SignedInUser.name(), role, LocalDate.now(clock));
        flash.addFlashAttribute("message", "Draft version " + opened.version().version() + " is open, started from live version "
                + opened.snapshot().version() + ", whose text, model, glossary and references are kept as its snapshot.");
        return "redirect:/versions";
    }

    /** Where the next draft may start from, for the reader of /versions: only a role that may, and only if it would succeed. */
    record Offer(String from, String suggested) {
    }

    /**
     * Gives the versions page ({@code versions/nextDraft} fragment) {@code nextDraft}, the {@link Offer} (null when the
     * signed-in role may not start a draft or {@link NextDraft} would refuse one), and {@code readable}, the versions
     * whose own text and figures the reader may open at {@code /versions/{v}/sections}.
     */
    @ControllerAdvice(assignableTypes = VersionsController.class)
    static class OfferOnVersionsPage {

        private final CurrentWorkspace current;
        private final VersionAccess access;

        OfferOnVersionsPage(CurrentWorkspace current, VersionAccess access) {
            this.current = current;
            this.access = access;
        }

        @ModelAttribute
        void offer(HttpServletRequest request, Model model) {
            // Only the page itself shows these; the page's posts redirect and need no workspace read.
            Workspace ws = "GET".equals(request.getMethod()) ? current.find().orElse(null) : null;
            if (ws == null) {
                return;
            }
            model.addAttribute("readable", ws.manifest().versions().stream().map(DocumentVersion::version)
                    .filter(v -> ws.sectionsOf(v).isPresent() && access.mayRead(ws, v)).collect(Collectors.toSet()));
            Optional<AccountRole> role = SignedInUser.role();
            if (role.isPresent() && NextDraft.roleRefusal(role.get()).isEmpty() && NextDraft.refusal(ws, null).isEmpty()) {
                String from = ws.manifest().currentVersion().orElseThrow().version();
                model.addAttribute("nextDraft", new Offer(from, NextDraft.nextMinor(from)));
            }
        }
    }
}
