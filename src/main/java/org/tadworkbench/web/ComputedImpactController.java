package org.tadworkbench.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tadworkbench.document.Section;
import org.tadworkbench.impact.ClauseRef;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.spec.Baseline;
import org.tadworkbench.store.WorkspaceStore;
import org.tadworkbench.traceability.Candidate;
import org.tadworkbench.traceability.CoverageAnalysis;
import org.tadworkbench.traceability.CoverageReport;
import org.tadworkbench.traceability.ImpactAnalysis;
import org.tadworkbench.workspace.Workspace;

/**
 * Computed impact: the TAD sections a set of changed clauses may impact, ranked with their reasons; for an editor,
 * accepting chosen candidates as a new release's impact register. Results come from a GET with {@code changed}
 * parameters, so they can be linked to; an uploaded list needs the POST. Also the coverage page: where the
 * traceability has gaps.
 */
@Controller
class ComputedImpactController {

    /** An uploaded list is a few lines; anything bigger is not one. */
    static final int MAX_UPLOAD_BYTES = 64 * 1024;
    private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/csv", "text/x-csv", "application/csv",
            "application/x-csv", "application/vnd.ms-excel");

    private final CurrentWorkspace current;
    private final WorkspaceStore store;

    ComputedImpactController(CurrentWorkspace current, WorkspaceStore store) {
        this.current = current;
        this.store = store;
    }

    @GetMapping("/impact")
    String showImpact(@RequestParam(name = "changed", required = false) List<String> changed, Model model,
                      HttpServletResponse response) {
        Workspace ws = current.require();
        ChangedClauses.Reader reader = new ChangedClauses.Reader();
        String text = changed == null ? "" : String.join("\n", changed);
        reader.read(null, text);
        return analyse(ws, text, reader.result(), model, response);
    }

    /** The same analysis from the text box and an uploaded plain-text or CSV list, one clause a line. */
    @PostMapping("/impact")
    String uploadImpact(@RequestParam(name = "changed", required = false) String changed,
                        @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                        HttpServletResponse response) {
        Workspace ws = current.require();
        String text = changed == null ? "" : changed;
        ChangedClauses.Reader reader = new ChangedClauses.Reader().read(null, text);
        if (file != null && !file.isEmpty()) {
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? "The file" : file.getOriginalFilename();
            String problem = uploadProblem(file, name);
            if (problem != null) {
                showForm(ws, text, model);
                model.addAttribute("problems", List.of(problem));
                model.addAttribute("problemField", "file");
                return badRequest(response);
            }
            reader.read(name, decode(file));
        } else if (file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
            showForm(ws, text, model);
            model.addAttribute("problems", List.of(file.getOriginalFilename() + " is empty. Upload a plain text or CSV "
                    + "file with one changed clause a line."));
            model.addAttribute("problemField", "file");
            return badRequest(response);
        }
        return analyse(ws, text, reader.result(), model, response);
    }

    /**
     * Creates a release register from the candidates an editor chose, recomputed here from the changed clauses (the
     * form's hidden fields, one a clause) so that nothing but the choice comes from the browser.
     */
    @PostMapping("/impact/accept")
    String accept(@RequestParam(name = "changed", required = false) List<String> changed,
                  @RequestParam(name = "release", required = false) String release,
                  @RequestParam(name = "title", required = false) String title,
                  @RequestParam(name = "date", required = false) String date,
                  @RequestParam(name = "section", required = false) List<String> sections,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Workspace ws = current.require();
        ChangedClauses clauses = ChangedClauses.of(changed == null ? "" : String.join("\n", changed));
        if (clauses.hasProblems() || clauses.clauses().isEmpty()) {
            throw new BadRequestException("The changed clauses did not come with the form; start again from the "
                    + "computed impact page.");
        }
        List<Candidate> candidates = new ImpactAnalysis(ws).candidates(clauses.clauses());
        String id = release == null ? "" : release.strip();
        String name = title == null ? "" : title.strip();
        String when = date == null ? "" : date.strip();
        Set<String> chosen = new HashSet<>(sections == null ? List.of() : sections);

        Map<String, String> errors = new LinkedHashMap<>();
        if (id.isEmpty()) {
            errors.put("release", "Enter a release id, e.g. mp-123.");
        } else if (!AcceptedRegister.RELEASE_ID.matcher(id).matches() || id.length() > AcceptedRegister.MAX_ID) {
            errors.put("release", "A release id uses only lower-case letters, digits and hyphens (at most "
                    + AcceptedRegister.MAX_ID + "), e.g. mp-123.");
        }
        if (name.isEmpty()) {
            errors.put("title", "Enter a title for the release.");
        } else if (name.length() > 200) {
            errors.put("title", "The title is too long: at most 200 characters.");
        }
        LocalDate baselineDate = null;
        if (!when.isEmpty()) {
            try {
                baselineDate = LocalDate.parse(when);
            } catch (DateTimeParseException e) {
                errors.put("date", "Enter the baseline date as year-month-day, e.g. 2026-06-30, or leave it empty.");
            }
        }
        List<Candidate> accepted = candidates.stream().filter(c -> chosen.contains(c.section())).toList();
        if (accepted.isEmpty()) {
            errors.put("section", "Choose at least one section to include.");
        } else if (accepted.size() < chosen.size()) {
            errors.put("section", "Some chosen sections are not candidates for these clauses; choose from the list.");
        }
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (errors.isEmpty() && ws.release(id).isPresent()) {
            errors.put("release", "There is already a release " + id + "; choose another id.");
            status = HttpStatus.CONFLICT;
        }
        if (!errors.isEmpty()) {
            analyse(ws, clauses.text(), clauses, model, response);
            model.addAttribute("acceptErrors", errors);
            model.addAttribute("acceptRelease", id);
            model.addAttribute("acceptTitle", name);
            model.addAttribute("acceptDate", when);
            model.addAttribute("acceptChosen", chosen);
            response.setStatus(status.value());
            return "impacts/showImpact";
        }
        ReleaseImpacts register = AcceptedRegister.build(id, name, clauses, accepted);
        store.addRelease(ws.manifest().id(), new Baseline(id, name, baselineDate), register, SignedInUser.name());
        redirect.addFlashAttribute("message", "Release " + id + " created with " + accepted.size()
                + (accepted.size() == 1 ? " row" : " rows") + " from the computed impact of " + clauses.summary() + ".");
        return "redirect:/releases/" + id + "/impacts";
    }

    @GetMapping("/impact/coverage")
    String showCoverage(Model model) {
        Workspace ws = current.require();
        CoverageReport report = CoverageAnalysis.of(ws);
        Map<String, String> titles = new LinkedHashMap<>();
        ws.sections().forEach(s -> titles.put(s.number(), s.title()));
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("report", report);
        model.addAttribute("sectionTitles", titles);
        model.addAttribute("readiness", report.releases().stream().map(ReadinessSummary::of).toList());
        return "impacts/showCoverage";
    }

    /** The form, and when clauses were given their ranked candidates, or the lines that could not be read. */
    private String analyse(Workspace ws, String text, ChangedClauses clauses, Model model, HttpServletResponse response) {
        showForm(ws, text, model);
        if (clauses.isEmpty()) {
            return "impacts/showImpact";
        }
        if (clauses.hasProblems()) {
            model.addAttribute("problems", clauses.problems());
            model.addAttribute("problemField", "changed");
            return badRequest(response);
        }
        List<Candidate> candidates = new ImpactAnalysis(ws).candidates(clauses.clauses());
        model.addAttribute("clauses", clauses);
        model.addAttribute("candidates", candidates);
        model.addAttribute("notices", uncited(ws, clauses.clauses()));
        model.addAttribute("acceptChosen", candidates.stream().filter(Candidate::direct).map(Candidate::section).toList());
        return "impacts/showImpact";
    }

    private void showForm(Workspace ws, String text, Model model) {
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("changedText", text);
        model.addAttribute("sectionNumbers", ws.sections().stream().map(Section::number).toList());
        model.addAttribute("editor", SignedInUser.isEditor());
        model.addAttribute("maxUploadKb", MAX_UPLOAD_BYTES / 1024);
    }

    private static String badRequest(HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "impacts/showImpact";
    }

    /** Clauses of documents nothing in the workspace cites: not an error, but they cannot find anything. */
    private static List<String> uncited(Workspace ws, List<ClauseRef> clauses) {
        Set<String> known = new HashSet<>();
        ws.specs().specs().forEach(s -> known.add(s.id().toLowerCase(Locale.ROOT)));
        ws.traces().forEach(t -> known.add(t.document().toLowerCase(Locale.ROOT)));
        ws.releases().forEach(r -> r.impacts().forEach(row -> known.add(row.document().toLowerCase(Locale.ROOT))));
        ws.model().variations().forEach(v -> known.add(v.document().toLowerCase(Locale.ROOT)));
        List<String> notices = new ArrayList<>();
        for (ClauseRef clause : clauses) {
            if (!known.contains(clause.document().toLowerCase(Locale.ROOT))) {
                notices.add(clause + ": no specification, trace or assessment in this workspace names "
                        + clause.document() + ", so it finds nothing.");
            }
        }
        return notices;
    }

    /** Why an upload is not a plain list of clauses, or null when it is one. */
    private static String uploadProblem(MultipartFile file, String name) {
        if (file.getSize() > MAX_UPLOAD_BYTES) {
            return name + " is larger than " + MAX_UPLOAD_BYTES / 1024 + " KB. Upload a plain text or CSV file with "
                    + "one changed clause a line.";
        }
        String type = file.getContentType() == null ? "" : file.getContentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        String lowerName = name.toLowerCase(Locale.ROOT);
        boolean textName = lowerName.endsWith(".txt") || lowerName.endsWith(".csv");
        boolean textType = TEXT_TYPES.contains(type)
                || (type.isEmpty() || type.equals("application/octet-stream")) && textName;
        if (!textType) {
            return name + " is not a plain text or CSV file" + (type.isEmpty() ? "" : " (it was sent as " + type + ")")
                    + ". Upload a .txt or .csv file with one changed clause a line.";
        }
        String content = decode(file);
        if (content == null) {
            return name + " is not UTF-8 text. Save it as plain text (UTF-8) or CSV and upload it again.";
        }
        if (content.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f)) {
            return name + " holds binary data, not text. Upload a .txt or .csv file with one changed clause a line.";
        }
        return null;
    }

    /** The file as strict UTF-8 text (ASCII is UTF-8), or null when it is not. */
    private static String decode(MultipartFile file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.getBytes())).toString();
        } catch (CharacterCodingException e) {
            return null;
        } catch (IOException e) {
            throw new BadRequestException("The uploaded file could not be read; please upload it again.");
        }
    }
}
