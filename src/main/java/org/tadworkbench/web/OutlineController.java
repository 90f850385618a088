package org.tadworkbench.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tadworkbench.workspace.Workspace;

/** The table of contents: every section, nested by depth, in numeric order. */
@Controller
class OutlineController {

    private final CurrentWorkspace current;

    OutlineController(CurrentWorkspace current) {
        this.current = current;
    }

    @GetMapping("/outline")
    String showOutline(Model model) {
        Workspace ws = current.require();
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("outline", OutlineNode.tree(ws.sections()));
        model.addAttribute("sectionCount", ws.sections().size());
        return "outline/showOutline";
    }
}
