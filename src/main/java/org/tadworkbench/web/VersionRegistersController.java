package org.tadworkbench.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tadworkbench.workspace.Workspace;

/**
 * A version's glossary and document references, as it is published with them ({@link Workspace#glossaryOf},
 * {@link Workspace#referencesOf}), to whoever may read that version's text. {@code /glossary} and {@code /references}
 * are those of the version this reader reads at /outline ({@link VersionAccess#readingVersion}).
 */
@Controller
class VersionRegistersController {

    private final CurrentWorkspace current;
    private final VersionAccess access;
    private final ReadingRoom room;

    VersionRegistersController(CurrentWorkspace current, VersionAccess access, ReadingRoom room) {
        this.current = current;
        this.access = access;
        this.room = room;
    }

    @GetMapping("/glossary")
    String glossary(Model model) {
        Workspace ws = current.require();
        return glossary(ws, reading(ws), model);
    }

    @GetMapping("/versions/{version}/glossary")
    String versionGlossary(@PathVariable String version, Model model) {
        return glossary(current.require(), version, model);
    }

    @GetMapping("/references")
    String references(Model model) {
        Workspace ws = current.require();
        return references(ws, reading(ws), model);
    }

    @GetMapping("/versions/{version}/references")
    String versionReferences(@PathVariable String version, Model model) {
        return references(current.require(), version, model);
    }

    private String glossary(Workspace ws, String version, Model model) {
        room.sectionsOf(ws, version);
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("terms", ws.glossaryOf(version));
        model.addAttribute("termIds", new org.tadworkbench.publish.TermIds(ws.glossaryOf(version))); // search links land on these
        room.addVersion(model, ws, version, null);
        return "reading/glossary";
    }

    private String references(Workspace ws, String version, Model model) {
        room.sectionsOf(ws, version);
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("references", ws.referencesOf(version).stream()
                .map(r -> CitedReference.of(r.id(), ws.referencesOf(version))).toList());
        room.addVersion(model, ws, version, null);
        return "reading/references";
    }

    /** The version /outline shows this reader; 403 with the reason when there is none they may read. */
    private String reading(Workspace ws) {
        return access.readingVersion(ws).orElseGet(() -> {
            access.requireCurrent(ws);
            throw new PageNotFoundException("The workspace has no version to read.");
        });
    }
}
