package org.tadworkbench.web;

import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tadworkbench.document.DocumentManifest;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.workspace.Workspace;

/** The document at a glance: identity, versions, sizes and the way into each release's impacts. */
@Controller
class DashboardController {

    private final CurrentWorkspace current;
    private final VersionAccess access;

    DashboardController(CurrentWorkspace current, VersionAccess access) {
        this.current = current;
        this.access = access;
    }

    @GetMapping("/")
    String showDashboard(Model model) {
        Optional<Workspace> found = current.find();
        if (found.isEmpty()) {
            return "dashboard/showEmptyDatabase";
        }
        Workspace ws = found.get();
        DocumentManifest manifest = ws.manifest();
        Optional<DocumentVersion> currentVersion = manifest.currentVersion();
        Optional<DocumentVersion> liveVersion = manifest.liveVersion();
        model.addAttribute("manifest", manifest);
        model.addAttribute("versions", manifest.versions().stream().map(v -> new VersionLine(v,
                currentVersion.filter(v::equals).isPresent(), liveVersion.filter(v::equals).isPresent())).toList());
        // The sizes of the text this reader reads at /outline: the draft's, or the live version's for the public.
        Optional<String> reading = access.readingVersion(ws);
        model.addAttribute("sectionCount", reading.flatMap(ws::sectionsOf).orElse(ws.sections()).size());
        model.addAttribute("specCount", ws.specs().specs().size());
        model.addAttribute("termCount", reading.map(ws::glossaryOf).orElse(ws.glossary()).size());
        model.addAttribute("releases", ws.releases().stream().map(ReleaseSummary::of).toList());
        return "dashboard/showDashboard";
    }

    /** A version with the two marks users look for: the one being drafted and the one in force. */
    record VersionLine(DocumentVersion version, boolean current, boolean live) {
    }
}
