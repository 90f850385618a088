package org.tadworkbench.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.store.StoreException;
import org.tadworkbench.store.WorkspaceStore;
import org.tadworkbench.word.WordFileException;
import org.tadworkbench.word.WordReader;
import org.tadworkbench.wordimport.EarlierVersion;
import org.tadworkbench.wordimport.WordImport;
import org.tadworkbench.workspace.Finding;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.Workspace;

/**
 * The browser's {@code tad docx import --into WS --as-version V}: a drafter uploads the Word file of a version the
 * TAD had before the workbench (the published v2.0, say), which is kept as that version's text beside the draft, so
 * the redline compares the draft with what was really published. The stored workspace is replaced as {@code tad
 * import} replaces it (lint first, the workflow's rules, audited), all or nothing.
 */
@Controller
class EarlierVersionController {

    private final CurrentWorkspace current;
    private final WorkspaceStore store;

    EarlierVersionController(CurrentWorkspace current, WorkspaceStore store) {
        this.current = current;
        this.store = store;
    }

    @GetMapping("/versions/earlier")
    ModelAndView form() {
        return page(HttpStatus.OK, current.require(), "", Map.of());
    }

    /** Multipart {@code file} (.docx) and {@code version}; nothing is stored unless the whole import succeeds. */
    @PostMapping("/versions/earlier")
    ModelAndView upload(@RequestParam(name = "file", required = false) MultipartFile file,
                        @RequestParam(name = "version", required = false) String version,
                        RedirectAttributes redirect) throws IOException {
        Workspace ws = current.require();
        String wanted = version == null ? "" : version.strip();
        String name = SpecUpload.fileName(file == null ? null : file.getOriginalFilename());
        Map<String, String> errors = new LinkedHashMap<>();
        if (file == null || file.isEmpty()) {
            errors.put("file", "Choose the Word file (.docx) of the earlier version.");
        } else if (file.getSize() > WordReader.MAX_FILE_BYTES) {
            errors.put("file", name + " is larger than " + (WordReader.MAX_FILE_BYTES >> 20) + " MB, the most a Word file may be.");
        }
        if (wanted.isEmpty()) {
            errors.put("version", "Enter the version the file holds, e.g. 2.0.");
        }
        if (!errors.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, ws, wanted, errors);
        }
        try {
            WordImport.Imported imported;
            try (InputStream in = file.getInputStream()) {
                imported = TemporaryUpload.read(in, "tad-earlier-", ".docx", upload -> new WordImport().read(upload, name,
                        true, org.tadworkbench.document.Picture.FOLDER + wanted));
            }
            Workspace after = EarlierVersion.store(ws, imported, wanted);
            LintReport report = new WorkspaceLinter().lint(new ReadResult(after, List.of(), new Locations()));
            if (!report.clean()) {
                errors.put("file", name + " does not make a workspace that lints clean: " + report.findings().stream()
                        .filter(Finding::isError).map(Finding::message).limit(3).reduce((a, b) -> a + "; " + b).orElse(""));
                return page(HttpStatus.UNPROCESSABLE_CONTENT, ws, wanted, errors);
            }
            store.replace(after, SignedInUser.name());
            redirect.addFlashAttribute("message", "Version " + wanted + " kept from " + name + ": "
                    + imported.sections().size() + " sections, " + imported.tables() + " tables, " + imported.figures()
                    + " figures. The redline from " + wanted + " compares the draft with it.");
            return new ModelAndView("redirect:/versions#v-" + wanted);
        } catch (WordFileException e) {
            errors.put("file", e.getMessage() + ".");
            return page(HttpStatus.BAD_REQUEST, ws, wanted, errors);
        } catch (IllegalArgumentException | StoreException e) {
            errors.put("version", e.getMessage() + ".");
            return page(HttpStatus.CONFLICT, ws, wanted, errors);
        }
    }

    private static ModelAndView page(HttpStatus status, Workspace ws, String version, Map<String, String> errors) {
        ModelAndView page = new ModelAndView("versions/earlierVersion", status);
        page.addObject("manifest", ws.manifest());
        page.addObject("version", version);
        page.addObject("errors", errors);
        return page;
    }
}
