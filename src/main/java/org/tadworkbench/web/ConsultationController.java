package org.tadworkbench.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tadworkbench.account.Account;
import org.tadworkbench.consultation.ConsultationPack;
import org.tadworkbench.consultation.FormImport;
import org.tadworkbench.review.CommentTargets;
import org.tadworkbench.impactsheet.ImpactSheetException;
import org.tadworkbench.impactsheet.SheetProblem;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.Consultation;
import org.tadworkbench.review.ConsultationStatus;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.review.Governance;
import org.tadworkbench.review.ReviewException;
import org.tadworkbench.store.GovernanceStore;
import org.tadworkbench.workspace.Workspace;

/**
 * Consultations: quality assurance opens one on a version in internal review (at least 20 Working Days); its page
 * shows the details, questions and comments (per {@link CommentVisibility}); the pack downloads (comments log XLSX,
 * response PDF, blank response form) and the all-or-nothing import of filled response forms and of reviewers'
 * marked-up Word files.
 */
@Controller
class ConsultationController {

    static final List<String> AUDIENCES = List.of("TABASC members", "TBEC members", "SEC Parties", "Other interested parties");

    private final GovernanceStore governance;
    private final CurrentWorkspace current;
    private final ReviewPages pages;
    private final ConsultationStatuses statuses;
    private final WordReviewUpload word;

    ConsultationController(GovernanceStore governance, CurrentWorkspace current, ReviewPages pages,
                           ConsultationStatuses statuses, WordReviewUpload word) {
        this.governance = governance;
        this.current = current;
        this.pages = pages;
        this.statuses = statuses;
        this.word = word;
    }

    @GetMapping("/versions/{version}/consultation/new")
    String newConsultation(@PathVariable String version, Model model) {
        requireVersion(current.require(), version);
        model.addAttribute("version", version);
        model.addAttribute("audiences", AUDIENCES);
        model.addAttribute("chosen", AUDIENCES);
        model.addAttribute("opens", "");
        model.addAttribute("closes", "");
        model.addAttribute("questions", "");
        return "review/newConsultation";
    }

    @PostMapping("/versions/{version}/consultations")
    ModelAndView open(@PathVariable String version, @RequestParam(required = false) List<String> audience,
                      @RequestParam String opens, @RequestParam String closes, @RequestParam(defaultValue = "") String questions) {
        Account me = SignedInUser.account().orElseThrow(() -> new AccessDeniedException("sign in"));
        Workspace ws = current.require();
        requireVersion(ws, version);
        List<String> chosen = audience == null ? List.of() : audience.stream().filter(AUDIENCES::contains).toList();
        List<String> asked = Arrays.stream(questions.split("\\R")).map(String::strip).filter(q -> !q.isEmpty()).toList();
        String problem = null;
        Consultation planned = null;
        try {
            planned = Consultation.plan(0, version, chosen, LocalDate.parse(opens.strip()), LocalDate.parse(closes.strip()), asked);
        } catch (DateTimeParseException e) {
            problem = "Give the opening and closing dates as YYYY-MM-DD, e.g. 2019-03-12.";
        } catch (ReviewException e) {
            problem = e.getMessage().substring(0, 1).toUpperCase() + e.getMessage().substring(1) + ".";
        }
        if (problem != null) {
            ModelAndView form = new ModelAndView("review/newConsultation", HttpStatus.BAD_REQUEST);
            form.addObject("version", version);
            form.addObject("audiences", AUDIENCES);
            form.addObject("chosen", chosen);
            form.addObject("opens", opens);
            form.addObject("closes", closes);
            form.addObject("questions", questions);
            form.addObject("problem", problem);
            return form;
        }
        Consultation stored = governance.openConsultation(ws.manifest().id(), version, planned.audience(), planned.opens(),
                planned.closes(), planned.questions(), me.username(), me.role());
        return new ModelAndView("redirect:/consultations/" + stored.id());
    }

    @GetMapping("/consultations/{id}")
    String show(@PathVariable long id, HttpServletRequest request, Model model) {
        Workspace ws = current.require();
        addPage(model, ws, consultation(ws, id), request);
        return "review/showConsultation";
    }

    /** What the consultation page shows: its details, status and the comments the reader may see. */
    private void addPage(Model model, Workspace ws, Consultation consultation, HttpServletRequest request) {
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("consultation", consultation);
        pages.addComments(model, ws, consultation.version(),
                c -> c.consultationId() != null && c.consultationId() == consultation.id(), request.getContextPath());
        model.addAttribute("consultationStatus", status(ws, consultation, ws.governance()));
        model.addAttribute("defaultTarget", "document");
        model.addAttribute("defaultRef", "");
    }

    /** The consultation page again, with why nothing was imported from an upload. */
    private ModelAndView importRefused(Workspace ws, Consultation consultation, HttpServletRequest request,
                                       HttpStatus status, String title, List<String> problems) {
        org.springframework.ui.ExtendedModelMap model = new org.springframework.ui.ExtendedModelMap();
        addPage(model, ws, consultation, request);
        model.addAttribute("importTitle", title);
        model.addAttribute("importProblems", problems);
        ModelAndView page = new ModelAndView("review/showConsultation", status);
        page.addAllObjects(model);
        return page;
    }

    @GetMapping("/consultations/{id}/comments.xlsx")
    ResponseEntity<byte[]> commentsLog(@PathVariable long id) {
        Workspace ws = current.require();
        Consultation consultation = consultation(ws, id);
        Governance g = governance.loadGovernance(ws.manifest().id());
        return download(ConsultationPack.commentsLog(consultation, visible(ws, consultation, g), g),
                "consultation-" + id + "-comments.xlsx", XLSX);
    }

    @GetMapping("/consultations/{id}/response.pdf")
    ResponseEntity<byte[]> responsePdf(@PathVariable long id) {
        Workspace ws = current.require();
        Consultation consultation = consultation(ws, id);
        Governance g = governance.loadGovernance(ws.manifest().id());
        return download(ConsultationPack.responsePdf(ws.manifest().title(), status(ws, consultation, g),
                        visible(ws, consultation, g), g),
                "consultation-" + id + "-response.pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/consultations/{id}/response-form.xlsx")
    ResponseEntity<byte[]> responseForm(@PathVariable long id) {
        Consultation consultation = consultation(current.require(), id);
        return download(ConsultationPack.responseForm(consultation), "consultation-" + id + "-response-form.xlsx", XLSX);
    }

    /** Multipart {@code file}: a filled response form. All rows are checked; nothing is recorded unless all are valid. */
    @PostMapping("/consultations/{id}/comments/import")
    ModelAndView importForm(@PathVariable long id, @RequestParam("file") MultipartFile file, HttpServletRequest request,
                            RedirectAttributes redirect) {
        Account me = SignedInUser.account().orElseThrow(() -> new AccessDeniedException("sign in"));
        Workspace ws = current.require();
        Consultation consultation = consultation(ws, id);
        List<String> problems = new ArrayList<>();
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "The file" : file.getOriginalFilename();
        if (file.getSize() > ConsultationPack.MAX_FORM_BYTES) {
            problems.add(name + ": the file is larger than " + ConsultationPack.MAX_FORM_BYTES / 1024 + " KB, more than such a form needs.");
        } else {
            try (InputStream in = file.getInputStream()) {
                FormImport read = ConsultationPack.readResponseForm(in, consultation.version(), me.username(),
                        CommentTargets.of(consultation.version(), ws.sectionsOf(consultation.version()).orElse(List.of())));
                read.problems().stream().map(SheetProblem::describe).forEach(problems::add);
                if (read.succeeded()) {
                    List<Comment> stored = governance.addComments(ws.manifest().id(), read.comments(), me.role());
                    redirect.addFlashAttribute("message", stored.size() + " comments imported from " + name + ".");
                    return new ModelAndView("redirect:/consultations/" + id);
                }
            } catch (ImpactSheetException e) {
                problems.add(name + ": " + e.getMessage() + ".");
            } catch (IOException e) {
                problems.add(name + ": the upload could not be read.");
            }
        }
        return importRefused(ws, consultation, request, HttpStatus.BAD_REQUEST,
                "Nothing was imported: correct the response form and import it again", problems);
    }

    /**
     * Multipart {@code file}: a reviewer's marked-up Word file (.docx), recorded by {@link WordReviewUpload}, all or
     * nothing; {@code respondent}: the organisation quality assurance uploads it for (ignored for other roles, who
     * upload for their own organisation).
     */
    @PostMapping("/consultations/{id}/comments/word")
    ModelAndView importWord(@PathVariable long id, @RequestParam("file") MultipartFile file,
                            @RequestParam(required = false) String respondent, HttpServletRequest request,
                            RedirectAttributes redirect) {
        Account me = SignedInUser.account().orElseThrow(() -> new AccessDeniedException("sign in"));
        Workspace ws = current.require();
        Consultation consultation = consultation(ws, id);
        try {
            redirect.addFlashAttribute("message", word.upload(ws, file, consultation, consultation.version(), respondent, me));
            return new ModelAndView("redirect:/consultations/" + id);
        } catch (WordReviewUpload.Refused refused) {
            return importRefused(ws, consultation, request, refused.status(),
                    "Nothing was imported from the Word file", List.of(refused.getMessage()));
        }
    }

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static ResponseEntity<byte[]> download(byte[] bytes, String fileName, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(bytes);
    }

    /** The comments of the consultation the requester may see (all once it has closed). */
    private List<Comment> visible(Workspace ws, Consultation consultation, Governance g) {
        DocumentState state = governance.state(ws.manifest().id(), consultation.version());
        Account viewer = SignedInUser.account().orElse(null);
        return g.comments().stream().filter(c -> c.consultationId() != null && c.consultationId() == consultation.id()
                && CommentVisibility.visible(c, state, viewer)).toList();
    }

    /** Where the consultation stands today for the requester. */
    private ConsultationStatus status(Workspace ws, Consultation consultation, Governance g) {
        return statuses.of(consultation, g, governance.state(ws.manifest().id(), consultation.version()));
    }

    private Consultation consultation(Workspace ws, long id) {
        return governance.loadGovernance(ws.manifest().id()).consultations().stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new PageNotFoundException("There is no consultation " + id + "."));
    }

    private static void requireVersion(Workspace ws, String version) {
        if (ws.manifest().versions().stream().noneMatch(v -> v.version().equals(version))) {
            throw new PageNotFoundException("There is no version " + version + ".");
        }
    }
}
