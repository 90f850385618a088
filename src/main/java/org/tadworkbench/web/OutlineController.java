package org.tadworkbench.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tadworkbench.workspace.Workspace;

/**
 * The table of contents of the current version: every section, nested by depth, in numeric order ({@link VersionAccess}).
 * A document of more than {@link #WHOLE_OUTLINE_UP_TO} sections shows its first {@link #OPEN_LEVELS} levels and the
 * branch down to {@code ?open=N}; each collapsed section links to its own branch opened (no script needed).
 */
@Controller
class OutlineController {

    static final int WHOLE_OUTLINE_UP_TO = 500;
    static final int OPEN_LEVELS = 2;

    private final CurrentWorkspace current;
    private final VersionAccess access;
    private final Labels labels;

    OutlineController(CurrentWorkspace current, VersionAccess access, Labels labels) {
        this.current = current;
        this.access = access;
        this.labels = labels;
    }

    @GetMapping("/outline")
    String showOutline(@RequestParam(required = false) String open, HttpServletRequest request, Model model) {
        Workspace ws = current.require();
        access.requireCurrent(ws);
        List<OutlineNode> tree = current.derived(ws, "outline", w -> OutlineNode.tree(w.sections()));
        boolean collapsing = ws.sections().size() > WHOLE_OUTLINE_UP_TO;
        String contextPath = request.getContextPath();
        // The outline as most readers ask for it is kept per revision; a branch opened is written anew (cheap).
        model.addAttribute("outlineHtml", collapsing && open != null
                ? OutlineHtml.of(OutlineNode.opened(tree, OPEN_LEVELS, open), contextPath, labels)
                : current.derived(ws, "outline html " + contextPath, w -> OutlineHtml.of(
                        collapsing ? OutlineNode.opened(tree, OPEN_LEVELS, null) : tree, contextPath, labels)));
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("collapsing", collapsing);
        model.addAttribute("openLevels", OPEN_LEVELS);
        model.addAttribute("open", open);
        model.addAttribute("sectionCount", ws.sections().size());
        return "outline/showOutline";
    }
}
