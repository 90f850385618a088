package org.tadworkbench.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.tadworkbench.document.Section;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ImpactStatus;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.review.ImpactStatusRoles;
import org.tadworkbench.store.GovernanceStore;
import org.tadworkbench.traceability.CoverageAnalysis;
import org.tadworkbench.workspace.Workspace;

/**
 * The releases, and each release's impact matrix with optional filters by status and source document, its
 * readiness, and (for a signed-in editor) a form a row to move its status on.
 */
@Controller
class ImpactsController {

    /** A matrix of up to this many rows is one page (a real release's register is, and links to its rows hold). */
    static final int ONE_PAGE_UP_TO = 100;
    /** Rows a page of a longer matrix shows: a row costs about 60 microseconds to render, the most of any page. */
    static final int ROWS_PER_PAGE = 50;

    private final CurrentWorkspace current;
    private final Labels labels;
    private final GovernanceStore governance;

    ImpactsController(CurrentWorkspace current, Labels labels, GovernanceStore governance) {
        this.current = current;
        this.labels = labels;
        this.governance = governance;
    }

    @GetMapping("/releases")
    String listReleases(Model model) {
        Workspace ws = current.require();
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("releases", ws.releases().stream().map(ReleaseSummary::of).toList());
        return "impacts/listReleases";
    }

    @GetMapping("/releases/{id}/impacts")
    String showMatrix(@PathVariable String id, @RequestParam(required = false) String status,
                      @RequestParam(required = false) String document, @RequestParam(required = false) Integer page,
                      Model model) {
        Workspace ws = current.require();
        ReleaseImpacts release = releaseOf(ws, id);
        ImpactStatus wantedStatus = parseStatus(status);
        String wantedDocument = document == null || document.isBlank() ? null : document;
        List<ImpactRow> shown = release.impacts().stream()
                .filter(row -> wantedStatus == null || row.status() == wantedStatus)
                .filter(row -> wantedDocument == null || row.document().equals(wantedDocument))
                .toList();
        Set<String> sectionNumbers = current.derived(ws, "section-numbers",
                w -> w.sections().stream().map(Section::number).collect(Collectors.toUnmodifiableSet()));
        boolean filtered = wantedStatus != null || wantedDocument != null;
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("release", release);
        model.addAttribute("counts", StatusCounts.of(release.impacts()));
        model.addAttribute("readiness", current.derived(ws, "coverage", CoverageAnalysis::of).releases().stream()
                .filter(r -> r.release().equals(release.release())).findFirst().map(ReadinessSummary::of).orElse(null));
        Paged<ImpactRow> rows = Paged.of(shown, page, ONE_PAGE_UP_TO, ROWS_PER_PAGE);
        model.addAttribute("rows", rows);
        model.addAttribute("previousPage", rows.previous() == null ? null
                : matrixUrl(release.release(), status, wantedDocument, rows.previous()));
        model.addAttribute("nextPage", rows.next() == null ? null
                : matrixUrl(release.release(), status, wantedDocument, rows.next()));
        model.addAttribute("matrix", ImpactMatrix.of(rows.items(), ws.specs(), sectionNumbers, labels));
        model.addAttribute("filtered", filtered);
        model.addAttribute("statuses", ImpactStatus.values());
        model.addAttribute("documents", release.impacts().stream().map(ImpactRow::document).distinct().toList());
        model.addAttribute("selectedStatus", wantedStatus);
        model.addAttribute("selectedDocument", wantedDocument);
        model.addAttribute("sectionNumbers", sectionNumbers);
        model.addAttribute("realised", realisedSections(rows.items(), sectionNumbers));
        model.addAttribute("editor", SignedInUser.role().filter(ImpactStatusRoles.anyChange()::contains).isPresent());
        return "impacts/showMatrix";
    }

    /**
     * Moves one row to another status (Post/Redirect/Get): back to the matrix, with the filters it was showing and a
     * message such as "A20: identified → drafting". Who may give which status is {@link
     * org.tadworkbench.review.ImpactStatusRoles}'s table, checked in the store (403 with the reason otherwise);
     * {@link SecurityConfiguration} sends an anonymous reader to sign in and refuses a form without its CSRF token.
     */
    @PostMapping("/releases/{id}/impacts/{row}/status")
    String changeStatus(@PathVariable String id, @PathVariable String row, @RequestParam(required = false) String status,
                        @RequestParam(name = "shownStatus", required = false) String shownStatus,
                        @RequestParam(name = "shownDocument", required = false) String shownDocument,
                        @RequestParam(name = "shownPage", required = false) Integer shownPage,
                        RedirectAttributes redirect) {
        Workspace ws = current.require();
        ReleaseImpacts release = releaseOf(ws, id);
        ImpactRow before = release.impacts().stream().filter(r -> r.id().equals(row)).findFirst()
                .orElseThrow(() -> new PageNotFoundException("Release " + id + " has no row " + row + "."));
        if (status == null || status.isBlank()) {
            throw new BadRequestException("Choose the status to give row " + row + ".");
        }
        ImpactStatus after = Arrays.stream(ImpactStatus.values()).filter(s -> labels.code(s).equals(status)).findFirst()
                .orElseThrow(() -> new BadRequestException("'" + status + "' is not a status. The statuses are "
                        + Arrays.stream(ImpactStatus.values()).map(labels::code).collect(Collectors.joining(", ")) + "."));
        if (before.status() == after) {
            redirect.addFlashAttribute("message", row + " is already " + labels.of(after) + ".");
        } else {
            AccountRole role = SignedInUser.role().orElseThrow(() -> new BadRequestException("Sign in to change a row."));
            governance.changeImpactStatus(ws.manifest().id(), release.release(), row, after, SignedInUser.name(), role);
            redirect.addFlashAttribute("message", row + ": " + labels.of(before.status()) + " → " + labels.of(after));
        }
        redirect.addFlashAttribute("changedRow", row);
        return "redirect:" + matrixUrl(release.release(), shownStatus, shownDocument, shownPage);
    }

    /** The matrix of {@code release} with the filters and page it was showing (blank or null: none, the first). */
    static String matrixUrl(String release, String status, String document, Integer page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/releases/{id}/impacts");
        Optional.ofNullable(status).filter(s -> !s.isBlank()).ifPresent(s -> url.queryParam("status", s));
        Optional.ofNullable(document).filter(d -> !d.isBlank()).ifPresent(d -> url.queryParam("document", d));
        Optional.ofNullable(page).filter(p -> p > 1).ifPresent(p -> url.queryParam("page", p));
        return url.encode().buildAndExpand(release).toUriString();
    }

    private static ReleaseImpacts releaseOf(Workspace ws, String id) {
        return ws.release(id)
                .orElseThrow(() -> new PageNotFoundException("There is no release " + id + " in this workspace."));
    }

    /**
     * Where each realised-by entry of the rows shown ("4.2.1.7@3.0", section at version) links: the section's
     * number, for the sections the outline has.
     */
    private static Map<String, String> realisedSections(List<ImpactRow> rows, Set<String> sectionNumbers) {
        Map<String, String> links = new LinkedHashMap<>();
        rows.stream().flatMap(row -> row.realisedBy().stream()).forEach(entry -> {
            int at = entry.indexOf('@');
            String section = (at < 0 ? entry : entry.substring(0, at)).strip();
            if (sectionNumbers.contains(section)) {
                links.put(entry, section);
            }
        });
        return links;
    }

    /** Blank means every status; the value is the file spelling (no-impact) the filter form sends. */
    private ImpactStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(ImpactStatus.values()).filter(s -> labels.code(s).equals(status)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown status " + status));
    }
}
