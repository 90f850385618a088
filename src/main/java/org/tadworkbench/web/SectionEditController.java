package org.tadworkbench.web;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.Section;
import org.tadworkbench.publish.SectionChecks;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.review.ProposedChange;
import org.tadworkbench.store.GovernanceStore;
import org.tadworkbench.store.SectionRevision;
import org.tadworkbench.store.SectionUpdate;
import org.tadworkbench.workspace.Finding;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceJson;

/**
 * Drafters edit a section's Markdown in the browser with optimistic locking: the form carries the revision it was
 * read at; saving against a newer revision gives the conflict page (HTTP 409) with both texts and a line diff, and a
 * form to save a merged text against the newer revision, so no one's text is lost or silently overwritten.
 * <p>
 * The form is offered only while the version's text may be edited ({@link DocumentState#textEditable()}); a save
 * sent anyway is refused (409) with the typed text shown to copy. Before anything is stored the build checks run on
 * the section's new text ({@link SectionChecks}): errors refuse the save (422, the form again with the text and
 * each error by line), warnings are shown after the save. The preview renders tables and figures as published.
 * <p>
 * A reviewer's proposed change is applied through the same save (the comment's "Apply" form posts the section with
 * the paragraph replaced); when the section has moved on since the reviewer's copy, {@code /comments/{id}/apply}
 * opens the conflict page on the two texts instead.
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
    ModelAndView edit(@PathVariable String number) {
        SectionRevision stored = load(number);
        Optional<String> refusal = refusal();
        if (refusal.isPresent()) {
            return refused(refusal.get(), stored, null);
        }
        return form(HttpStatus.OK, stored, stored.revision(), stored.section().body());
    }

    @PostMapping("/sections/{number}")
    ModelAndView save(@PathVariable String number, @RequestParam int revision, @RequestParam String text,
                      @RequestParam(required = false) String preview, HttpServletRequest request,
                      RedirectAttributes redirect) {
        SectionRevision stored = load(number);
        if (text.length() > MAX_BODY) {
            throw new BadRequestException("The section text is longer than " + MAX_BODY + " characters.");
        }
        // Checked and stored as the store keeps it, so each finding's line is a line of the text shown back.
        String body = WorkspaceJson.sectionBody(text);
        Optional<String> refusal = refusal();
        if (refusal.isPresent()) {
            return refused(refusal.get(), stored, body);
        }
        Workspace ws = current.require();
        String version = ws.manifest().currentVersion().map(DocumentVersion::version).orElseThrow();
        Section edited = new Section(number, stored.section().title(), stored.section().applicability(),
                stored.section().references(), stored.section().elements(), body);
        List<Finding> findings = SectionChecks.of(ws, version, edited).findings();
        if (preview != null || findings.stream().anyMatch(Finding::isError)) {
            ModelAndView page = form(preview != null ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT, stored, revision, body);
            page.addObject("findings", findings);
            page.addObject("refusedForErrors", preview == null);
            if (preview != null) {
                page.addObject("preview", markdown.toHtml(body, request.getContextPath() + "/sections/"));
            }
            return page;
        }
        SectionUpdate result = governance.updateSection(current.requireId(), number, revision, body, null, SignedInUser.name());
        if (result instanceof SectionUpdate.Conflict conflict) {
            return conflict(HttpStatus.CONFLICT, stored.section(), conflict, body, revision);
        }
        SectionUpdate.Saved saved = (SectionUpdate.Saved) result;
        redirect.addFlashAttribute("message", "Section " + number + " saved as revision " + saved.revision() + "."
                + (findings.isEmpty() ? "" : " The build checks warn: " + findings.stream()
                .map(f -> "line " + f.line() + ": " + f.message()).collect(Collectors.joining("; ")) + "."));
        return new ModelAndView("redirect:/sections/" + number);
    }

    /**
     * A comment's proposed change to a section that has moved on since the reviewer's copy: the conflict page (200,
     * nothing is saved) with their text, the section now, and yours, the text of the commented version with the change
     * made, to merge by hand and save against the current revision. Refused as the edit form is.
     */
    @GetMapping("/comments/{id}/apply")
    ModelAndView applyByHand(@PathVariable long id) {
        Workspace ws = current.require();
        Comment change = governance.loadGovernance(ws.manifest().id()).comments().stream().filter(c -> c.id() == id)
                .findFirst().orElseThrow(() -> new PageNotFoundException("There is no comment " + id + "."));
        if (!change.isProposedChange()) {
            throw new PageNotFoundException("Comment " + id + " proposes no change to a paragraph.");
        }
        String number = ProposedChange.section(change);
        SectionRevision stored = load(number);
        Optional<String> refusal = refusal();
        if (refusal.isPresent()) {
            return refused(refusal.get(), stored, null);
        }
        String now = stored.section().body();
        String commented = ws.sectionsOf(change.version()).flatMap(sections -> sections.stream()
                .filter(s -> s.number().equals(number)).findFirst()).map(Section::body).orElse(now);
        String yours = ProposedChange.applyTo(change, now).orElseGet(() -> ProposedChange.replaceIn(change, commented));
        ModelAndView page = conflict(HttpStatus.OK, stored.section(),
                new SectionUpdate.Conflict(now, stored.revision(), stored.updatedBy()), yours, stored.revision());
        page.addObject("applying", change);
        return page;
    }

    private static ModelAndView conflict(HttpStatus status, Section section, SectionUpdate.Conflict conflict,
                                         String yours, int yourRevision) {
        ModelAndView page = new ModelAndView("sections/conflict", status);
        page.addObject("section", section);
        page.addObject("conflict", conflict);
        page.addObject("yours", yours);
        page.addObject("yourRevision", yourRevision);
        page.addObject("diff", diff(conflict.theirText(), yours));
        return page;
    }

    /** Why the current version's text may not be edited now, or empty when it may: the domain's one rule. */
    private Optional<String> refusal() {
        String ws = current.requireId();
        return current.require().manifest().currentVersion().map(DocumentVersion::version)
                .flatMap(version -> governance.editRefusal(ws, version))
                .map(reason -> Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".");
    }

    /** The refusal page (409): the reason, and the text typed (when a save was sent) to copy, so nothing is lost. */
    private static ModelAndView refused(String reason, SectionRevision stored, String typed) {
        ModelAndView page = new ModelAndView("sections/refused", HttpStatus.CONFLICT);
        page.addObject("section", stored.section());
        page.addObject("detail", reason);
        page.addObject("yours", typed);
        return page;
    }

    private static ModelAndView form(HttpStatus status, SectionRevision stored, int revision, String text) {
        ModelAndView page = new ModelAndView("sections/editSection", status);
        page.addObject("section", stored.section());
        page.addObject("revision", revision);
        page.addObject("text", text);
        return page;
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
