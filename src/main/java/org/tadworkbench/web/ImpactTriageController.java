package org.tadworkbench.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.store.GovernanceStore;
import org.tadworkbench.workspace.Workspace;

/**
 * An expert's triage of a proposed impact row in the browser (Post/Redirect/Get back to the release's matrix): accept
 * makes it identified, reject makes it no-impact with the reason the form gives. The same rule as the XLSX round trip
 * ({@link org.tadworkbench.impact.DraftImpacts}), checked in the store with the role's permission and audited.
 */
@Controller
class ImpactTriageController {

    private final CurrentWorkspace current;
    private final GovernanceStore governance;
    private final Labels labels;

    ImpactTriageController(CurrentWorkspace current, GovernanceStore governance, Labels labels) {
        this.current = current;
        this.governance = governance;
        this.labels = labels;
    }

    @PostMapping("/releases/{id}/impacts/{row}/triage")
    String triage(@PathVariable String id, @PathVariable String row, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String reason,
                  @RequestParam(name = "shownStatus", required = false) String shownStatus,
                  @RequestParam(name = "shownDocument", required = false) String shownDocument,
                  @RequestParam(name = "shownPage", required = false) Integer shownPage,
                  RedirectAttributes redirect) {
        Workspace ws = current.require();
        ReleaseImpacts release = ws.release(id)
                .orElseThrow(() -> new PageNotFoundException("There is no release " + id + " in this workspace."));
        ImpactRow before = release.impacts().stream().filter(r -> r.id().equals(row)).findFirst()
                .orElseThrow(() -> new PageNotFoundException("Release " + id + " has no row " + row + "."));
        boolean accept = "accept".equals(decision);
        if (!accept && !"reject".equals(decision)) {
            throw new BadRequestException("Choose to accept or reject row " + row + ".");
        }
        if (!accept && (reason == null || reason.isBlank())) {
            throw new BadRequestException("Say why section " + before.section() + " is not impacted by "
                    + before.document() + " §" + before.clause() + " (row " + row + ").");
        }
        AccountRole role = SignedInUser.role().orElseThrow(() -> new BadRequestException("Sign in to triage a row."));
        ImpactRow after = governance.triageImpactRow(ws.manifest().id(), release.release(), row, accept,
                reason == null ? null : reason.strip(), SignedInUser.name(), role);
        redirect.addFlashAttribute("message", row + ": " + labels.of(before.status()) + " → " + labels.of(after.status())
                + (accept ? "" : " (" + reason.strip() + ")"));
        redirect.addFlashAttribute("changedRow", row);
        return "redirect:" + ImpactsController.matrixUrl(release.release(), shownStatus, shownDocument, shownPage);
    }
}
