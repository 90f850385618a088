package org.tadworkbench.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tadworkbench.account.Account;
import org.tadworkbench.consultation.Comments;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.CommentTarget;
import org.tadworkbench.review.CommentTargets;
import org.tadworkbench.review.Disposition;
import org.tadworkbench.review.ReviewException;
import org.tadworkbench.store.GovernanceStore;
import org.tadworkbench.store.SectionRevision;
import org.tadworkbench.workspace.Workspace;

/**
 * Comments on a version and SECAS's dispositions. The store decides when comments are taken (internal review:
 * SECAS and the TABASC; consultation: anyone signed in) and refuses otherwise, which shows as a 409 page.
 */
@Controller
class CommentController {

    private final GovernanceStore governance;
    private final CurrentWorkspace current;
    private final ReviewPages pages;
    private final WordReviewUpload word;

    CommentController(GovernanceStore governance, CurrentWorkspace current, ReviewPages pages, WordReviewUpload word) {
        this.governance = governance;
        this.current = current;
        this.pages = pages;
        this.word = word;
    }

    @GetMapping("/versions/{version}/comments")
    String versionComments(@PathVariable String version, HttpServletRequest request, Model model) {
        var ws = current.require();
        requireVersion(ws, version);
        model.addAttribute("manifest", ws.manifest());
        pages.addComments(model, ws, version, c -> true, request.getContextPath());
        model.addAttribute("defaultTarget", "document");
        model.addAttribute("defaultRef", "");
        return "review/versionComments";
    }

    /**
     * Parameters: {@code target} (document, section, paragraph, figure), {@code targetRef} (section number such as
     * 4.2.1, paragraph as 4.2.1#3, or a view id; empty for the document), {@code text} (Markdown), optional
     * {@code proposedChange}. Organisation and party category come from the signed-in account.
     */
    @PostMapping("/versions/{version}/comments")
    ModelAndView addComment(@PathVariable String version, @RequestParam String target,
                            @RequestParam(required = false) String targetRef, @RequestParam String text,
                            @RequestParam(required = false) String proposedChange, HttpServletRequest request,
                            RedirectAttributes redirect) {
        Account me = SignedInUser.account().orElseThrow(() -> new AccessDeniedException("sign in to comment"));
        CommentTarget kind;
        try {
            kind = CommentTarget.valueOf(target.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("'" + target + "' is not a comment target: use document, section, paragraph or figure.");
        }
        if (text.length() > Comments.MAX_TEXT || proposedChange != null && proposedChange.length() > Comments.MAX_TEXT) {
            throw new BadRequestException("A comment and its proposed change may each be up to " + Comments.MAX_TEXT + " characters.");
        }
        String ref = kind == CommentTarget.DOCUMENT || targetRef == null || targetRef.isBlank() ? null : targetRef.strip();
        Workspace ws = current.require();
        Optional<String> missing = CommentTargets.of(version, ws.sectionsOf(version).orElse(List.of())).problem(kind, ref);
        if (missing.isPresent()) {
            return formAgain(ws, version, kind, targetRef, text, proposedChange, missing.get(), request);
        }
        Comment draft;
        try {
            draft = new Comment(0, version, kind, ref, me.username(), me.organisation(),
                    me.partyCategory() == null ? null : me.partyCategory().code(), text,
                    proposedChange == null || proposedChange.isBlank() ? null : proposedChange, null, null);
        } catch (ReviewException e) {
            throw new BadRequestException(e.getMessage());
        }
        Comment stored = governance.addComment(current.requireId(), draft, me.role());
        redirect.addFlashAttribute("message", "Comment " + stored.id() + " recorded.");
        return new ModelAndView(kind == CommentTarget.SECTION || kind == CommentTarget.PARAGRAPH
                ? "redirect:/sections/" + sectionOf(ref) + "#comments" : "redirect:/versions/" + version + "/comments");
    }

    /**
     * Multipart {@code file}: a reviewer's marked-up Word file (.docx) on this version (internal review, or the
     * consultation it is in), recorded by {@link WordReviewUpload}, all or nothing; {@code respondent} as on the
     * consultation page (quality assurance only).
     */
    @PostMapping("/versions/{version}/comments/word")
    ModelAndView importWord(@PathVariable String version, @RequestParam("file") MultipartFile file,
                            @RequestParam(required = false) String respondent, HttpServletRequest request,
                            RedirectAttributes redirect) {
        Account me = SignedInUser.account().orElseThrow(() -> new AccessDeniedException("sign in to comment"));
        Workspace ws = current.require();
        requireVersion(ws, version);
        try {
            redirect.addFlashAttribute("message", word.upload(ws, file, null, version, respondent, me));
            return new ModelAndView("redirect:/versions/" + version + "/comments");
        } catch (WordReviewUpload.Refused refused) {
            ModelAndView page = page(ws, version, refused.status(), request);
            page.addObject("importTitle", "Nothing was imported from the Word file");
            page.addObject("importProblems", List.of(refused.getMessage()));
            return page;
        }
    }

    /** The version's comments page again (400) with the form as it was filled in and why it was not taken. */
    private ModelAndView formAgain(Workspace ws, String version, CommentTarget kind, String targetRef, String text,
                                   String proposedChange, String reason, HttpServletRequest request) {
        ModelAndView page = page(ws, version, HttpStatus.BAD_REQUEST, request);
        page.addObject("defaultTarget", kind.name().toLowerCase(Locale.ROOT));
        page.addObject("defaultRef", targetRef == null ? "" : targetRef);
        page.addObject("typedText", text);
        page.addObject("typedChange", proposedChange);
        page.addObject("commentError", reason);
        return page;
    }

    /**
     * Parameters: {@code outcome} (ACCEPTED, ACCEPTED_IN_PART, REJECTED, NOTED, OUT_OF_SCOPE), {@code response},
     * {@code reason} (required when rejected), optional {@code sectionNumber} (its current revision is linked), and
     * optional {@code returnTo} (a local path to go back to).
     */
    @PostMapping("/comments/{id}/dispositions")
    String dispose(@PathVariable long id, @RequestParam String outcome, @RequestParam String response,
                   @RequestParam(required = false) String reason, @RequestParam(required = false) String sectionNumber,
                   @RequestParam(required = false) String returnTo, RedirectAttributes redirect) {
        Account me = SignedInUser.account().orElseThrow(() -> new AccessDeniedException("sign in to dispose of comments"));
        String ws = current.requireId();
        Disposition.Outcome kind;
        try {
            kind = Disposition.Outcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("'" + outcome + "' is not an outcome: use accepted, accepted in part, rejected, noted or out of scope.");
        }
        String section = sectionNumber == null || sectionNumber.isBlank() ? null : sectionNumber.strip();
        Integer revision = section == null ? null : governance.section(ws, section).map(SectionRevision::revision)
                .orElseThrow(() -> new BadRequestException("There is no section " + section + " to link."));
        Disposition disposition;
        try {
            disposition = new Disposition(id, kind, response, reason == null || reason.isBlank() ? null : reason,
                    section, revision, me.username(), null);
        } catch (ReviewException e) {
            throw new BadRequestException(e.getMessage());
        }
        governance.dispose(ws, disposition, me.role());
        redirect.addFlashAttribute("message", "Comment " + id + ": " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
        return "redirect:" + (returnTo != null && returnTo.matches("/[A-Za-z0-9/._#-]*") && !returnTo.startsWith("//")
                ? returnTo : "/");
    }

    /** The version's comments page with {@code status}, for a form or an upload that was not taken. */
    private ModelAndView page(Workspace ws, String version, HttpStatus status, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("review/versionComments", status);
        ExtendedModelMap model = new ExtendedModelMap();
        pages.addComments(model, ws, version, c -> true, request.getContextPath());
        page.addAllObjects(model);
        page.addObject("manifest", ws.manifest());
        page.addObject("defaultTarget", "document");
        page.addObject("defaultRef", "");
        return page;
    }

    private static void requireVersion(Workspace ws, String version) {
        if (ws.manifest().versions().stream().noneMatch(v -> v.version().equals(version))) {
            throw new PageNotFoundException("There is no version " + version + ".");
        }
    }

    private static String sectionOf(String ref) {
        return ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
    }
}
