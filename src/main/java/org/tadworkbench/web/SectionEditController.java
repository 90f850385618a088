package org.tadworkbench.web;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tadworkbench.store.GovernanceStore;
import org.tadworkbench.store.SectionRevision;
import org.tadworkbench.store.SectionUpdate;

/**
 * Drafters edit a section's Markdown in the browser with optimistic locking: the form carries the revision it was
 * read at; saving against a newer revision gives the conflict page (HTTP 409) with both texts and a line diff, and a
 * form to save a merged text against the newer revision, so no one's text is lost or silently overwritten.
 */
@Controller
class SectionEditController {

    /** Longest section body accepted from the form. */
    static final int MAX_BODY = 200_000;

    private final GovernanceStore governance;
    private final CurrentWorkspace current;
    private final MarkdownRenderer markdown;

    SectionEditController(GovernanceStore governance, CurrentWorkspace current, MarkdownRenderer markdown) {
        this.governance = governance;
        this.current = current;
        this.markdown = markdown;
    }

    /** One line of the diff: {@code kind} is "same", "theirs" (only in the saved text) or "yours". */
    record DiffLine(String kind, String text) {
    }

    @GetMapping("/sections/{number}/edit")
    String edit(@PathVariable String number, Model model) {
        SectionRevision stored = load(number);
        model.addAttribute("section", stored.section());
        model.addAttribute("revision", stored.revision());
        model.addAttribute("text", stored.section().body());
        return "sections/editSection";
    }

    @PostMapping("/sections/{number}")
    ModelAndView save(@PathVariable String number, @RequestParam int revision, @RequestParam String text,
                      @RequestParam(required = false) String preview, HttpServletRequest request,
                      RedirectAttributes redirect) {
        SectionRevision stored = load(number);
        if (text.length() > MAX_BODY) {
            throw new BadRequestException("The section text is longer than " + MAX_BODY + " characters.");
        }
        String body = text.replace("\r\n", "\n");
        if (preview != null) {
            ModelAndView page = new ModelAndView("sections/editSection");
            page.addObject("section", stored.section());
            page.addObject("revision", revision);
            page.addObject("text", body);
            page.addObject("preview", markdown.toHtml(body, request.getContextPath() + "/sections/"));
            return page;
        }
        String actor = SignedInUser.name();
        SectionUpdate result = governance.updateSection(current.requireId(), number, revision, body, null, actor);
        if (result instanceof SectionUpdate.Conflict conflict) {
            ModelAndView page = new ModelAndView("sections/conflict", HttpStatus.CONFLICT);
            page.addObject("section", stored.section());
            page.addObject("conflict", conflict);
            page.addObject("yours", body);
            page.addObject("yourRevision", revision);
            page.addObject("diff", diff(conflict.theirText(), body));
            return page;
        }
        SectionUpdate.Saved saved = (SectionUpdate.Saved) result;
        redirect.addFlashAttribute("message", "Section " + number + " saved as revision " + saved.revision() + ".");
        return new ModelAndView("redirect:/sections/" + number);
    }

    private SectionRevision load(String number) {
        return governance.section(current.requireId(), number)
                .orElseThrow(() -> new PageNotFoundException("There is no section " + number + " in the outline."));
    }

    /** Line diff of their saved text against yours, every line of both kept. */
    static List<DiffLine> diff(String theirs, String yours) {
        List<String> a = theirs.lines().toList();
        List<String> b = yours.lines().toList();
        Patch<String> patch = DiffUtils.diff(a, b);
        List<DiffLine> lines = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; at < delta.getSource().getPosition(); at++) {
                lines.add(new DiffLine("same", a.get(at)));
            }
            delta.getSource().getLines().forEach(line -> lines.add(new DiffLine("theirs", line)));
            delta.getTarget().getLines().forEach(line -> lines.add(new DiffLine("yours", line)));
            at += delta.getSource().size();
        }
        for (; at < a.size(); at++) {
            lines.add(new DiffLine("same", a.get(at)));
        }
        return lines;
    }
}
