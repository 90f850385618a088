package org.tadworkbench.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tadworkbench.workspace.Workspace;

/** The table of contents of the current version: every section, nested by depth, in numeric order ({@link VersionAccess}). */
@Controller
class OutlineController {

    private final CurrentWorkspace current;
    private final VersionAccess access;

    OutlineController(CurrentWorkspace current, VersionAccess access) {
        this.current = current;
        this.access = access;
    }

    @GetMapping("/outline")
    String showOutline(Model model) {
        Workspace ws = current.require();
        access.requireCurrent(ws);
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("outline", OutlineNode.tree(ws.sections()));
        model.addAttribute("sectionCount", ws.sections().size());
        return "outline/showOutline";
    }
}
