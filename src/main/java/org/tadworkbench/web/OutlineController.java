package org.tadworkbench.web;

import jakarta.servlet.http.HttpServletRequest;
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
 *
 * <p>A document of more than {@link #WHOLE_OUTLINE_UP_TO} sections shows its first {@link #OPEN_LEVELS} levels and
 * the branch down to {@code ?open=N}; each collapsed section links to its own branch opened. The outline as most
 * readers ask for it is kept with the workspace's snapshot (per revision); a branch opened is written anew (cheap).
 */
@Controller
class OutlineController {

    static final int WHOLE_OUTLINE_UP_TO = 500;
    static final int OPEN_LEVELS = 2;

    private final CurrentWorkspace current;
    private final VersionAccess access;
    private final ReadingRoom room;
    private final Labels labels;

    OutlineController(CurrentWorkspace current, VersionAccess access, ReadingRoom room, Labels labels) {
        this.current = current;
        this.access = access;
        this.room = room;
        this.labels = labels;
    }

    @GetMapping("/outline")
    String showOutline(@RequestParam(required = false) String version, @RequestParam(required = false) String section,
                       @RequestParam(required = false) String open, HttpServletRequest request, Model model) {
        Workspace ws = current.require();
        if (version != null && !version.isBlank()) {
            room.sectionsOf(ws, version.strip());
            return "redirect:" + ReadingRoom.switchTarget(ws, version.strip(), section);
        }
        String reading = access.readingVersion(ws).orElse(null);
        if (reading == null) {
            access.requireCurrent(ws);
            return show(ws, null, ws.sections(), "/outline", open, request, model);
        }
        return show(ws, reading, ReadingRoom.isCurrent(ws, reading) ? ws.sections() : room.sectionsOf(ws, reading),
                "/outline", open, request, model);
    }

    @GetMapping("/versions/{version}/outline")
    String showVersionOutline(@PathVariable String version, @RequestParam(required = false) String open,
                              HttpServletRequest request, Model model) {
        Workspace ws = current.require();
        return show(ws, version, room.sectionsOf(ws, version), "/versions/" + version + "/outline", open, request, model);
    }

    private String show(Workspace ws, String version, List<Section> sections, String outlinePath, String open,
                        HttpServletRequest request, Model model) {
        model.addAttribute("manifest", ws.manifest());
        if (version != null) {
            room.addVersion(model, ws, version, null);
        } else {
            model.addAttribute("shownSectionsPath", "/sections/");
        }
        String context = request.getContextPath();
        String sectionsPath = context + model.getAttribute("shownSectionsPath");
        String outline = context + outlinePath;
        List<OutlineNode> tree = current.derived(ws, "outline " + version, w -> OutlineNode.tree(sections));
        boolean collapsing = sections.size() > WHOLE_OUTLINE_UP_TO;
        model.addAttribute("outlineHtml", collapsing && open != null
                ? OutlineHtml.of(OutlineNode.opened(tree, OPEN_LEVELS, open), sectionsPath, outline, labels)
                : current.derived(ws, "outline html " + sectionsPath + " " + outline, w -> OutlineHtml.of(
                        collapsing ? OutlineNode.opened(tree, OPEN_LEVELS, null) : tree, sectionsPath, outline, labels)));
        model.addAttribute("collapsing", collapsing);
        model.addAttribute("openLevels", OPEN_LEVELS);
        model.addAttribute("open", open);
        model.addAttribute("sectionCount", sections.size());
        return "outline/showOutline";
    }
}
