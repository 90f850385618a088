package org.tadworkbench.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tadworkbench.consultation.ConsultationPack;
import org.tadworkbench.document.Paragraphs;
import org.tadworkbench.document.Section;
import org.tadworkbench.document.SectionNumber;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.impact.TraceLink;
import org.tadworkbench.model.Element;
import org.tadworkbench.review.CommentTarget;
import org.tadworkbench.traceability.SuspectCitations;
import org.tadworkbench.workspace.Workspace;

/**
 * One section of the current version (if the reader may see it, {@link VersionAccess}): its text, what it cites, its
 * neighbours, every impact row that changes it, and what changed since the live version. A reader who may not see
 * the draft reads the live version's section here instead ({@link VersionAccess#readingVersion}, the public reading
 * room), or a 404 page when the live version has no such section.
 */
@Controller
class SectionController {

    private final CurrentWorkspace current;
    private final MarkdownRenderer markdown;
    private final VersionAccess access;
    private final ReviewPages review;
    private final SpecDiffs diffs;
    private final ReadingRoom room;

    SectionController(CurrentWorkspace current, MarkdownRenderer markdown, VersionAccess access, ReviewPages review,
                      SpecDiffs diffs, ReadingRoom room) {
        this.current = current;
        this.markdown = markdown;
        this.access = access;
        this.review = review;
        this.diffs = diffs;
        this.room = room;
    }

    @GetMapping("/sections/{number}")
    String showSection(@PathVariable String number, @RequestParam(name = "paragraph", required = false) Integer paragraph,
                       HttpServletRequest request, Model model) {
        Workspace ws = current.require();
        String reading = access.readingVersion(ws).orElse(null);
        if (reading == null) {
            access.requireCurrent(ws);
        } else if (!ReadingRoom.isCurrent(ws, reading)) {
            return room.showSection(ws, reading, number, request, model);
        }
        List<Section> sections = ws.sections();
        Section section = ws.section(number)
                .orElseThrow(() -> new PageNotFoundException("There is no section " + number + " in the outline."));
        int index = sections.indexOf(section);
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("section", section);
        model.addAttribute("parent", parentOf(section, ws));
        model.addAttribute("previous", index > 0 ? sections.get(index - 1) : null);
        model.addAttribute("next", index + 1 < sections.size() ? sections.get(index + 1) : null);
        model.addAttribute("elements", section.elements().stream()
                .map(id -> new NamedElement(id, ws.model().element(id).map(Element::label).orElse(null))).toList());
        model.addAttribute("references", section.references().stream()
                .map(id -> CitedReference.of(id, ws.references())).toList());
        model.addAttribute("impacts", rowsTouching(ws, number));
        model.addAttribute("suspects", suspectCitations(ws, number));
        model.addAttribute("editor", SignedInUser.isEditor() && access.currentTextEditable(ws));
        ws.manifest().currentVersion().ifPresent(version -> review.addComments(model, ws, version.version(),
                c -> (c.target() == CommentTarget.SECTION || c.target() == CommentTarget.PARAGRAPH)
                        && ConsultationPack.sectionOf(c).equals(number), request.getContextPath()));
        // Each paragraph's number links to itself (#p3); while comments are taken, a link beside it opens the form
        // on that paragraph (?paragraph=3), numbered as the comment check counts.
        boolean takesComments = Boolean.TRUE.equals(model.getAttribute("takesComments"));
        model.addAttribute("body", markdown.toNumberedHtml(section.body(), request.getContextPath() + "/sections/",
                request.getContextPath() + "/model/views/", takesComments ? "?paragraph=%d#comment-form-title" : null));
        model.addAttribute("paragraphs", Paragraphs.count(section.body()));
        boolean onParagraph = paragraph != null && paragraph >= 1;
        model.addAttribute("defaultTarget", onParagraph ? "paragraph" : "section");
        model.addAttribute("defaultRef", onParagraph ? number + "#" + paragraph : number);
        model.addAttribute("sinceLive", room.changeSinceLive(ws, number).orElse(null));
        ws.manifest().currentVersion().ifPresent(v -> room.addVersion(model, ws, v.version(), number));
        return "sections/showSection";
    }

    private static Section parentOf(Section section, Workspace ws) {
        if (!SectionNumber.isWellFormed(section.number())) {
            return null;
        }
        return SectionNumber.parse(section.number()).parent()
                .flatMap(parent -> ws.section(parent.toString())).orElse(null);
    }

    /**
     * What this section's traces and the impact rows naming it cite that a newer ingested version rewords, moves or
     * removes (what {@code tad lint} warns of).
     */
    private List<SuspectCitations.Suspicion> suspectCitations(Workspace ws, String number) {
        return current.derived(ws, "suspect citations", w -> SuspectCitations.of(w, diffs::diff)).stream()
                .filter(s -> s.kind() == SuspectCitations.Kind.SUSPECT)
                .filter(s -> s.item() instanceof TraceLink trace && number.equals(trace.section())
                        || s.item() instanceof ImpactRow row && number.equals(row.section()))
                .toList();
    }

    /** The rows of every release that name the section, with the release each belongs to. */
    private static List<TouchingRow> rowsTouching(Workspace ws, String number) {
        return ws.releases().stream().flatMap(release -> release.impacts().stream()
                .filter(row -> row.section().equals(number))
                .map(row -> new TouchingRow(release, row))).toList();
    }

    record TouchingRow(ReleaseImpacts release, ImpactRow row) {
    }

    /** A model element the section's front matter names; {@code label} is null when the model lacks it. */
    record NamedElement(String id, String label) {
    }
}
