package org.tadworkbench.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tadworkbench.document.Section;
import org.tadworkbench.document.SectionNumber;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.Element;
import org.tadworkbench.workspace.Workspace;

/**
 * One section of a named version ({@code /versions/{v}/sections/{n}}), read-only, as that version was published: its
 * own text, its figures drawn from the model kept with its snapshot ({@code /versions/{v}/model/views/}), and its
 * references from its own register ({@link Workspace#modelOf}, {@link Workspace#referencesOf}). The current draft's
 * sections, with editing, comments and impact rows, are at {@code /sections/{n}} ({@link SectionController}).
 */
@Controller
class VersionSectionController {

    private final CurrentWorkspace current;
    private final MarkdownRenderer markdown;
    private final VersionAccess access;

    VersionSectionController(CurrentWorkspace current, MarkdownRenderer markdown, VersionAccess access) {
        this.current = current;
        this.markdown = markdown;
        this.access = access;
    }

    /** The version's first section: where reading a version starts. */
    @GetMapping("/versions/{version}/sections")
    String firstSection(@PathVariable String version) {
        Workspace ws = current.require();
        List<Section> sections = sectionsOf(ws, version);
        if (sections.isEmpty()) {
            throw new PageNotFoundException("Version " + version + " has no sections.");
        }
        return "redirect:/versions/" + version + "/sections/" + sections.get(0).number();
    }

    @GetMapping("/versions/{version}/sections/{number}")
    String showSection(@PathVariable String version, @PathVariable String number, HttpServletRequest request,
                       Model model) {
        Workspace ws = current.require();
        List<Section> sections = sectionsOf(ws, version);
        Section section = sections.stream().filter(s -> s.number().equals(number)).findFirst()
                .orElseThrow(() -> new PageNotFoundException("There is no section " + number + " in version " + version + "."));
        int index = sections.indexOf(section);
        String root = request.getContextPath() + "/versions/" + version + "/";
        ArchitectureModel architecture = ws.modelOf(version);
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("version", version);
        model.addAttribute("section", section);
        model.addAttribute("parent", parentOf(section, sections));
        model.addAttribute("previous", index > 0 ? sections.get(index - 1) : null);
        model.addAttribute("next", index + 1 < sections.size() ? sections.get(index + 1) : null);
        model.addAttribute("body", markdown.toHtml(section.body(), root + "sections/", root + "model/views/"));
        model.addAttribute("elements", section.elements().stream().map(id -> new SectionController.NamedElement(id,
                architecture.element(id).map(Element::label).orElse(null))).toList());
        model.addAttribute("references", section.references().stream()
                .map(id -> CitedReference.of(id, ws.referencesOf(version))).toList());
        return "sections/showVersionSection";
    }

    /** The version's text: 404 for a version the workspace lacks or kept no text of, 403 for one the reader may not see. */
    private List<Section> sectionsOf(Workspace ws, String version) {
        if (ws.manifest().versions().stream().noneMatch(v -> v.version().equals(version))) {
            throw new PageNotFoundException("There is no version " + version + " in the workspace.");
        }
        access.require(ws, version);
        return ws.sectionsOf(version).orElseThrow(() -> new PageNotFoundException("The workspace keeps no text of version "
                + version + " (no versions/" + version + "/ snapshot)."));
    }

    private static Section parentOf(Section section, List<Section> sections) {
        if (!SectionNumber.isWellFormed(section.number())) {
            return null;
        }
        return SectionNumber.parse(section.number()).parent().flatMap(parent -> sections.stream()
                .filter(s -> s.number().equals(parent.toString())).findFirst()).orElse(null);
    }
}
