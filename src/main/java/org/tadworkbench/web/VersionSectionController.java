package org.tadworkbench.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tadworkbench.document.Section;
import org.tadworkbench.workspace.Workspace;

/**
 * One section of a named version ({@code /versions/{v}/sections/{n}}), read-only, as that version was published
 * ({@link ReadingRoom#showSection}: its own text, figures, pictures and references). The current draft's sections, with
 * editing, comments and impact rows, are at {@code /sections/{n}} ({@link SectionController}).
 */
@Controller
class VersionSectionController {

    private final CurrentWorkspace current;
    private final ReadingRoom room;

    VersionSectionController(CurrentWorkspace current, ReadingRoom room) {
        this.current = current;
        this.room = room;
    }

    /** The version's first section: where reading a version starts. */
    @GetMapping("/versions/{version}/sections")
    String firstSection(@PathVariable String version) {
        Workspace ws = current.require();
        List<Section> sections = room.sectionsOf(ws, version);
        return "redirect:/versions/" + version + "/sections/" + sections.get(0).number();
    }

    @GetMapping("/versions/{version}/sections/{number}")
    String showSection(@PathVariable String version, @PathVariable String number, HttpServletRequest request,
                       Model model) {
        return room.showSection(current.require(), version, number, request, model);
    }
}
