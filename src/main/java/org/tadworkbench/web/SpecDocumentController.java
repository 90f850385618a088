package org.tadworkbench.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.tadworkbench.intake.IntakeException;
import org.tadworkbench.intake.SpecFormat;
import org.tadworkbench.intake.SpecIngest;
import org.tadworkbench.review.ReviewException;
import org.tadworkbench.spec.Baseline;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecRegister;
import org.tadworkbench.spec.SpecStatus;
import org.tadworkbench.spec.SpecVersion;
import org.tadworkbench.spec.Specification;
import org.tadworkbench.specdiff.ChangeKind;
import org.tadworkbench.specdiff.SpecDiff;
import org.tadworkbench.specdiff.SpecDiffHtml;
import org.tadworkbench.specdiff.SpecDiffSheet;
import org.tadworkbench.store.WorkspaceStore;
import org.tadworkbench.traceability.RegisterDraft;
import org.tadworkbench.workspace.Workspace;

/**
 * One specification of the register: its entry and versions ({@code /specs/{doc}}), an ingested version's clauses
 * ({@code /specs/{doc}/{version}}), the comparison of two ingested versions ({@code /specs/{doc}/diff?from=&to=}),
 * and, for a signed-in editor, the upload of a new version, read as {@code tad spec ingest} reads it and stored with
 * an audit entry ({@link WorkspaceStore#changeSpecs}). {@link SecurityConfiguration} keeps the upload to the roles
 * that may change content and refuses a form without its CSRF token.
 */
@Controller
class SpecDocumentController {

    /** Up to this many clauses a version's page opens every clause; a longer document opens its top level only. */
    static final int OPEN_ALL_UP_TO = 150;
    /** How many of the things a reader could not place the page after an upload lists. */
    static final int UNPLACED_SHOWN = 100;

    private final CurrentWorkspace current;
    private final WorkspaceStore store;
    private final MarkdownRenderer markdown;
    private final SpecDiffs diffs;

    SpecDocumentController(CurrentWorkspace current, WorkspaceStore store, MarkdownRenderer markdown, SpecDiffs diffs) {
        this.current = current;
        this.store = store;
        this.markdown = markdown;
        this.diffs = diffs;
    }

    @GetMapping("/specs/{doc}")
    String showSpec(@PathVariable String doc, Model model) {
        Workspace ws = current.require();
        showSpec(ws, specOf(ws, doc), model);
        return "specs/showSpec";
    }

    @GetMapping("/specs/{doc}/{version}")
    String showClauses(@PathVariable String doc, @PathVariable String version,
                       @RequestParam(name = "open", required = false) Integer open, HttpServletRequest request, Model model) {
        Workspace ws = current.require();
        Specification spec = specOf(ws, doc);
        ClauseTree tree = textOf(ws.specs(), spec, version);
        String sections = request.getContextPath() + "/sections/";
        ClauseOutline outline = ClauseOutline.of(tree, text -> markdown.toHtml(text, sections));
        int shownOpen = open != null ? Math.max(0, open) : tree.clauses().size() <= OPEN_ALL_UP_TO ? outline.depth() : 1;
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("spec", spec);
        model.addAttribute("entry", spec.versions().stream().filter(v -> v.version().equals(version)).findFirst().orElse(null));
        model.addAttribute("tree", tree);
        model.addAttribute("outline", outline);
        model.addAttribute("open", shownOpen);
        model.addAttribute("compareWith", baselinedBefore(ws.specs(), doc, version).map(ClauseTree::version).orElse(null));
        return "specs/showClauses";
    }

    @GetMapping("/specs/{doc}/diff")
    String showDiff(@PathVariable String doc, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to, Model model) {
        Workspace ws = current.require();
        Specification spec = specOf(ws, doc);
        SpecDiff diff = diffOf(doc, from, to);
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("spec", spec);
        model.addAttribute("diff", diff);
        model.addAttribute("counts", diff.counts());
        model.addAttribute("kinds", ChangeKind.values());
        model.addAttribute("editor", SignedInUser.isEditor());
        model.addAttribute("releases", ws.releases().stream().map(r -> r.release()).toList());
        model.addAttribute("changes", diff.changes().stream().filter(c -> c.kind() != ChangeKind.UNCHANGED || c.renumbered()
                || c.moved()).toList());
        return "specs/showDiff";
    }

    /** The comparison as the redline report {@code tad spec diff --out FILE.html} writes, to keep or send on. */
    @GetMapping("/specs/{doc}/diff.html")
    ResponseEntity<byte[]> diffReport(@PathVariable String doc, @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to) {
        SpecDiff diff = diffOf(doc, from, to);
        return download(SpecDiffHtml.render(diff).getBytes(StandardCharsets.UTF_8), MediaType.TEXT_HTML, diff, "html");
    }

    /** The comparison as the spreadsheet {@code tad spec diff --out FILE.xlsx} writes: one row per change, for experts. */
    @GetMapping("/specs/{doc}/diff.xlsx")
    ResponseEntity<byte[]> diffSheet(@PathVariable String doc, @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to) {
        SpecDiff diff = diffOf(doc, from, to);
        return download(SpecDiffSheet.write(diff),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), diff, "xlsx");
    }

    private SpecDiff diffOf(String doc, String from, String to) {
        Workspace ws = current.require();
        Specification spec = specOf(ws, doc);
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new BadRequestException("Choose the two versions of " + doc + " to compare (from and to).");
        }
        return diffs.diff(textOf(ws.specs(), spec, from), textOf(ws.specs(), spec, to));
    }

    /** "DUIS-3.0d3-to-3.1.xlsx", as an attachment (ids and versions are safe names, so the file name is too). */
    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, SpecDiff diff, String extension) {
        String name = diff.from().document() + "-" + diff.from().version() + "-to-" + diff.to().version() + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    /**
     * Reads an uploaded version and stores it (Post/Redirect/Get): on to its comparison with the version baselined
     * before it, or to its clauses when there is none, with what the reader made of it. A file that cannot be read,
     * or a form with a mistake, gets the document's page again with the reason (400; 413 for a file over the limit),
     * and nothing is stored.
     */
    @PostMapping("/specs/{doc}/versions")
    String upload(@PathVariable String doc, @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "version", required = false) String version,
                  @RequestParam(name = "label", required = false) String label,
                  @RequestParam(name = "baseline", required = false) String baseline,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        Workspace ws = current.require();
        Specification spec = specOf(ws, doc);
        String wantedVersion = version == null ? "" : version.strip();
        String wantedLabel = label == null || label.isBlank() ? null : label.strip();
        String wantedBaseline = baseline == null || baseline.isBlank() ? null : baseline.strip();
        String fileName = SpecUpload.fileName(file == null ? null : file.getOriginalFilename());
        Map<String, String> errors = new LinkedHashMap<>();
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            errors.put("file", "Choose the file of the new version: Word, PDF, HTML, Markdown or plain text.");
        } else if (file.getSize() > SpecIngest.MAX_BYTES) {
            errors.put("file", fileName + " is larger than " + (SpecIngest.MAX_BYTES >> 20)
                    + " MB, the most a specification file may be.");
            status = HttpStatus.CONTENT_TOO_LARGE;
        } else if (SpecFormat.ofFileName(fileName).isEmpty()) {
            // The command line takes --format for such a file; the browser goes by the name alone.
            errors.put("file", fileName + ": not a form a specification is read from. Upload a Word (.docx), PDF (.pdf), "
                    + "HTML (.html, .htm), Markdown (.md) or plain text (.txt) file.");
        } else if (file.isEmpty()) {
            errors.put("file", fileName + " is empty.");
        }
        if (wantedVersion.isEmpty()) {
            errors.put("version", "Enter the version, e.g. 3.1.");
        } else if (!ClauseTree.isSafeName(wantedVersion)) {
            errors.put("version", "A version starts with a letter or digit and uses only letters, digits, dots, dashes "
                    + "and underscores (at most 100), e.g. 3.1 or 3.0d3.");
        }
        if (wantedLabel != null && wantedLabel.length() > 200) {
            errors.put("label", "A label is at most 200 characters.");
        }
        if (wantedBaseline != null && ws.specs().baseline(wantedBaseline).isEmpty()) {
            errors.put("baseline", "There is no release baseline " + wantedBaseline + "; choose one from the list.");
        }
        SpecIngest.Outcome outcome = null;
        if (errors.isEmpty()) {
            try (InputStream content = file.getInputStream()) {
                outcome = SpecUpload.read(ws, content, fileName, spec.id(), wantedVersion, wantedLabel, wantedBaseline);
            } catch (IntakeException e) {
                errors.put("file", e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(status.value());
            showSpec(ws, spec, model);
            model.addAttribute("errors", errors);
            model.addAttribute("form", new UploadForm(wantedVersion, wantedLabel, wantedBaseline));
            return "specs/showSpec";
        }
        ClauseTree tree = outcome.tree();
        SpecRegister read = outcome.workspace().specs();
        // The file was read outside the store's transaction (it can take seconds); what it changes is stored only if
        // the register is still the one it was read against, so a change made meanwhile is never lost.
        SpecRegister stored = store.changeSpecs(ws.manifest().id(), register -> {
            if (!register.equals(ws.specs())) {
                throw new ReviewException("the register of specifications changed while " + fileName + " was being "
                        + "read, so nothing was stored; upload the file again");
            }
            return read;
        }, SignedInUser.name(), "spec-version-ingested", tree.key());
        Optional<ClauseTree> replaced = ws.specs().text(spec.id(), wantedVersion);
        int tables = outcome.read().tables();
        String message = spec.id() + " " + wantedVersion + " read from " + fileName + ": " + tree.clauses().size()
                + (tree.clauses().size() == 1 ? " clause" : " clauses") + ", " + tables + (tables == 1 ? " table" : " tables") + "."
                + replaced.map(r -> " It replaces the text read earlier from " + r.origin() + " (" + r.clauses().size()
                + " clauses).").orElse("");
        redirect.addFlashAttribute("message", message);
        // Flash attributes live in the shared session store: plain strings, and not thousands of them.
        List<String> unplaced = new java.util.ArrayList<>(outcome.read().unplaced().stream().limit(UNPLACED_SHOWN)
                .map(u -> u.location() + ": " + u.what()).toList());
        if (outcome.read().unplaced().size() > UNPLACED_SHOWN) {
            unplaced.add("and " + (outcome.read().unplaced().size() - UNPLACED_SHOWN) + " more (tad spec ingest lists them all)");
        }
        redirect.addFlashAttribute("unplaced", unplaced);
        Optional<ClauseTree> baselined = baselinedBefore(stored, spec.id(), wantedVersion);
        UriComponentsBuilder next = baselined.isPresent()
                ? UriComponentsBuilder.fromPath("/specs/{doc}/diff").queryParam("from", baselined.get().version())
                .queryParam("to", wantedVersion)
                : UriComponentsBuilder.fromPath("/specs/{doc}/{version}");
        return "redirect:" + next.encode().buildAndExpand(Map.of("doc", spec.id(), "version", wantedVersion)).toUriString();
    }

    /**
     * Drafts a release's impact rows from the changes between two versions ({@link RegisterDraft}, as
     * {@code tad impact --from-diff} does): proposed rows for the sections each substantive change reaches, stored
     * with an audit entry; then on to the release's proposed rows for triage. Drafting again adds nothing.
     */
    @PostMapping("/specs/{doc}/impacts/draft")
    String draftImpacts(@PathVariable String doc, @RequestParam(required = false) String from,
                        @RequestParam(required = false) String to, @RequestParam(required = false) String release,
                        RedirectAttributes redirect) {
        Workspace ws = current.require();
        Specification spec = specOf(ws, doc);
        String releaseId = release == null ? "" : release.strip();
        if (releaseId.isEmpty()) {
            throw new BadRequestException("Enter the release to draft impact rows for, e.g. mp-123.");
        }
        if (!AcceptedRegister.RELEASE_ID.matcher(releaseId).matches() || releaseId.length() > AcceptedRegister.MAX_ID) {
            throw new BadRequestException("A release id uses only lower-case letters, digits and hyphens (at most "
                    + AcceptedRegister.MAX_ID + "), e.g. mp-123; '" + releaseId + "' does not.");
        }
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new BadRequestException("Choose the two versions of " + doc + " to draft from (from and to).");
        }
        textOf(ws.specs(), spec, from);
        textOf(ws.specs(), spec, to);
        java.util.concurrent.atomic.AtomicReference<RegisterDraft.Outcome> drafted = new java.util.concurrent.atomic.AtomicReference<>();
        store.changeRegisters(ws.manifest().id(), stored -> {
            SpecDiff diff = diffs.diff(textOf(stored.specs(), spec, from), textOf(stored.specs(), spec, to));
            RegisterDraft.Outcome outcome = RegisterDraft.draft(stored, releaseId, List.of(diff), RegisterDraft.DEFAULT_THRESHOLD);
            drafted.set(outcome);
            return outcome.workspace();
        }, SignedInUser.name(), "impact-rows-drafted", "release", releaseId);
        RegisterDraft.Outcome outcome = drafted.get();
        int added = outcome.added().size();
        redirect.addFlashAttribute("message", "Drafted from " + spec.id() + " " + from + " → " + to + ": " + added
                + (added == 1 ? " proposed row" : " proposed rows") + (outcome.created() ? " in the new release " : " added to release ")
                + releaseId + (outcome.alreadyThere() == 0 ? "" : "; " + outcome.alreadyThere() + " already in the register")
                + (outcome.notProposed().isEmpty() ? "" : "; " + outcome.notProposed().size()
                + " cosmetic or moved changes listed on the diff, not proposed") + ".");
        return "redirect:" + UriComponentsBuilder.fromPath("/releases/{id}/impacts").queryParam("status", "proposed")
                .encode().buildAndExpand(releaseId).toUriString();
    }

    /** What the upload form shows again after a mistake. */
    record UploadForm(String version, String label, String baseline) {
    }

    /** One version of the document as its page lists it: the register's entry, its ingested text if any, and what it compares with. */
    record VersionRow(String version, String label, String baseline, String baselineTitle, SpecStatus status, String note,
                      ClauseTree text, String compareWith) {
    }

    private void showSpec(Workspace ws, Specification spec, Model model) {
        SpecRegister register = ws.specs();
        Map<String, String> baselineTitles = register.baselines().stream()
                .collect(Collectors.toMap(Baseline::id, Baseline::title, (a, b) -> a));
        List<VersionRow> rows = new java.util.ArrayList<>();
        for (SpecVersion v : spec.versions()) {
            rows.add(row(register, spec, v.version(), v.label(), v.baseline(), baselineTitles, v.status(), v.note()));
        }
        // Text of a version the register does not list (lint warns about it) is shown rather than hidden.
        register.textsOf(spec.id()).stream().filter(t -> spec.versions().stream().noneMatch(v -> v.version().equals(t.version())))
                .forEach(t -> rows.add(row(register, spec, t.version(), null, null, baselineTitles, null,
                        "not in the register of specifications")));
        List<ClauseTree> texts = register.textsOf(spec.id());
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("spec", spec);
        model.addAttribute("rows", rows);
        model.addAttribute("texts", texts);
        model.addAttribute("defaultFrom", texts.size() < 2 ? null : baselinedBefore(register, spec.id(), texts.get(texts.size() - 1)
                .version()).map(ClauseTree::version).orElse(null));
        model.addAttribute("defaultTo", texts.isEmpty() ? null : texts.get(texts.size() - 1).version());
        model.addAttribute("baselines", register.baselines());
        model.addAttribute("editor", SignedInUser.isEditor());
        model.addAttribute("maxMegabytes", SpecIngest.MAX_BYTES >> 20);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new UploadForm("", null, null));
        }
    }

    private static VersionRow row(SpecRegister register, Specification spec, String version, String label, String baseline,
                                  Map<String, String> baselineTitles, SpecStatus status, String note) {
        ClauseTree text = register.text(spec.id(), version).orElse(null);
        String compareWith = text == null ? null : baselinedBefore(register, spec.id(), version).map(ClauseTree::version).orElse(null);
        return new VersionRow(version, label, baseline, baseline == null ? null : baselineTitles.getOrDefault(baseline, baseline),
                status, note, text, compareWith);
    }

    /**
     * The ingested version a newer one is compared with: the last ingested version before it (in the register's order)
     * that belongs to a release baseline or is baselined, else the ingested version just before it; empty for the first.
     */
    static Optional<ClauseTree> baselinedBefore(SpecRegister register, String doc, String version) {
        List<ClauseTree> texts = register.textsOf(doc);
        int at = -1;
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).version().equals(version)) {
                at = i;
            }
        }
        if (at <= 0) {
            return Optional.empty();
        }
        List<ClauseTree> earlier = texts.subList(0, at);
        Optional<Specification> spec = register.spec(doc);
        for (int i = earlier.size() - 1; i >= 0; i--) {
            String candidate = earlier.get(i).version();
            boolean baselined = spec.flatMap(s -> s.versions().stream().filter(v -> v.version().equals(candidate)).findFirst())
                    .filter(v -> v.baseline() != null || v.status() == SpecStatus.BASELINED).isPresent();
            if (baselined) {
                return Optional.of(earlier.get(i));
            }
        }
        return Optional.of(earlier.get(earlier.size() - 1));
    }

    private static Specification specOf(Workspace ws, String doc) {
        return ws.specs().spec(doc).orElseThrow(() -> new PageNotFoundException(
                "There is no specification " + doc + " in the register of specifications."));
    }

    private static ClauseTree textOf(SpecRegister register, Specification spec, String version) {
        return register.text(spec.id(), version).orElseThrow(() -> new PageNotFoundException(
                spec.versions().stream().anyMatch(v -> v.version().equals(version))
                        ? spec.id() + " " + version + " has not been ingested: its text is not in the workspace."
                        : spec.id() + " has no version " + version + "."));
    }
}
