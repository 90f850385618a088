package org.tadworkbench.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.tadworkbench.document.Section;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ImpactStatus;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.workspace.Workspace;

/** The releases, and each release's impact matrix with optional filters by status and source document. */
@Controller
class ImpactsController {

    private final CurrentWorkspace current;
    private final Labels labels;

    ImpactsController(CurrentWorkspace current, Labels labels) {
        this.current = current;
        this.labels = labels;
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
                      @RequestParam(required = false) String document, Model model) {
        Workspace ws = current.require();
        ReleaseImpacts release = ws.release(id)
                .orElseThrow(() -> new PageNotFoundException("There is no release " + id + " in this workspace."));
        ImpactStatus wantedStatus = parseStatus(status);
        String wantedDocument = document == null || document.isBlank() ? null : document;
        List<ImpactRow> shown = release.impacts().stream()
                .filter(row -> wantedStatus == null || row.status() == wantedStatus)
                .filter(row -> wantedDocument == null || row.document().equals(wantedDocument))
                .toList();
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("release", release);
        model.addAttribute("counts", StatusCounts.of(release.impacts()));
        model.addAttribute("matrix", ImpactMatrix.of(shown, ws.specs()));
        model.addAttribute("filtered", wantedStatus != null || wantedDocument != null);
        model.addAttribute("statuses", ImpactStatus.values());
        model.addAttribute("documents", release.impacts().stream().map(ImpactRow::document).distinct().toList());
        model.addAttribute("selectedStatus", wantedStatus);
        model.addAttribute("selectedDocument", wantedDocument);
        model.addAttribute("sectionNumbers", ws.sections().stream().map(Section::number).collect(Collectors.toSet()));
        return "impacts/showMatrix";
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
