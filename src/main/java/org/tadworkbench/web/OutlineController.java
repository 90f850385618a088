package org.tadworkbench.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tadworkbench.document.Section;
import org.tadworkbench.workspace.Workspace;

/**
 * The table of contents of a version: every section, nested by depth, in numeric order, with the version switcher
 * and the version's glossary, references and downloads. {@code /outline} shows the version this reader reads
 * ({@link VersionAccess#readingVersion}: the current draft for those who may see it, else the live version),
 * {@code /versions/{v}/outline} a named one, and {@code /outline?version=V[&section=N]} is where the switcher's form
 * goes (no script needed): it redirects to that version's outline, or to section N of it when it has one.
 */
@Controller
class OutlineController {

    private final CurrentWorkspace current;
    private final VersionAccess access;
    private final ReadingRoom room;

    OutlineController(CurrentWorkspace current, VersionAccess access, ReadingRoom room) {
        this.current = current;
        this.access = access;
        this.room = room;
    }

    @GetMapping("/outline")
    String showOutline(@RequestParam(required = false) String version, @RequestParam(required = false) String section,
                       Model model) {
        Workspace ws = current.require();
        if (version != null && !version.isBlank()) {
            room.sectionsOf(ws, version.strip());
            return "redirect:" + ReadingRoom.switchTarget(ws, version.strip(), section);
        }
        String reading = access.readingVersion(ws).orElse(null);
        if (reading == null) {
            access.requireCurrent(ws);
            return show(ws, null, ws.sections(), model);
        }
        return show(ws, reading, ReadingRoom.isCurrent(ws, reading) ? ws.sections() : room.sectionsOf(ws, reading), model);
    }

    @GetMapping("/versions/{version}/outline")
    String showVersionOutline(@PathVariable String version, Model model) {
        Workspace ws = current.require();
        return show(ws, version, room.sectionsOf(ws, version), model);
    }

    private String show(Workspace ws, String version, List<Section> sections, Model model) {
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("outline", OutlineNode.tree(sections));
        model.addAttribute("sectionCount", sections.size());
        if (version != null) {
            room.addVersion(model, ws, version, null);
        } else {
            model.addAttribute("shownSectionsPath", "/sections/");
        }
        return "outline/showOutline";
    }
}
