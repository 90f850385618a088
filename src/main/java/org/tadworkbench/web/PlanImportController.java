package org.tadworkbench.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.mspdi.MspdiImportException;
import org.tadworkbench.mspdi.MspdiImporter;
import org.tadworkbench.mspdi.PlanChanges;
import org.tadworkbench.mspdi.PlanChanges.Kind;
import org.tadworkbench.mspdi.WorkspacePlanImport;
import org.tadworkbench.mspdi.WorkspacePlanImport.Preview;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.store.WorkspaceStore;
import org.tadworkbench.workspace.Finding;
import org.tadworkbench.workspace.Workspace;

/**
 * The plan brought in from MS Project in the browser, in the two steps of {@code tad plan WS --import FILE [--apply]}:
 * the upload is a dry run that shows what the file would change (alarms first) and stores nothing; "Apply this
 * import" stores it. The file is kept between the two ({@link PendingPlanImports}), and on apply read again against
 * the plan as stored then: when that gives other changes than the dry run showed (someone changed the plan
 * meanwhile), the new dry run is shown instead (409) and nothing is stored. The plan alone is replaced, with an audit
 * entry ({@link WorkspaceStore#changePlan}). Only a project manager or an administrator imports
 * ({@link SecurityConfiguration} refuses anyone else, and a form without its CSRF token).
 */
@Controller
class PlanImportController {

    /** Who may replace the plan from a file. */
    static final Set<AccountRole> IMPORT_ROLES = EnumSet.of(AccountRole.PROJECT_MANAGER, AccountRole.ADMINISTRATOR);
    /** The sorts of item a change is about, in the order the dry run counts them, with their names there. */
    private static final List<String[]> ITEMS = List.of(new String[] {"task", "Tasks"},
            new String[] {"resource", "Resources"}, new String[] {"milestone", "PID milestones"},
            new String[] {"actual", "Recorded actuals"});

    private final CurrentWorkspace current;
    private final WorkspaceStore store;
    private final PendingPlanImports pending;
    private final PlanController planPage;

    PlanImportController(CurrentWorkspace current, WorkspaceStore store, PendingPlanImports pending,
                         PlanController planPage) {
        this.current = current;
        this.store = store;
        this.pending = pending;
        this.planPage = planPage;
    }

    /** Whether the signed-in user may import, so the plan page offers the form. */
    static boolean mayImport() {
        return SignedInUser.role().filter(IMPORT_ROLES::contains).isPresent();
    }

    /** One line of the dry run's counts: how many items of a sort the import adds, changes and removes. */
    record Count(String label, long added, long changed, long removed) {
    }

    /** Why nothing was stored, and the status the plan page is shown again with. */
    private record Refusal(HttpStatus status, List<String> reasons) {
        static Refusal of(HttpStatus status, String reason) {
            return new Refusal(status, List.of(reason));
        }
    }

    @PostMapping("/plan/import")
    String dryRun(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  HttpServletResponse response) throws IOException {
        Workspace ws = current.require();
        String fileName = SpecUpload.fileName(file == null ? null : file.getOriginalFilename());
        Optional<Refusal> refusal = checkUpload(file, fileName);
        Preview preview = null;
        if (refusal.isEmpty()) {
            try (InputStream in = file.getInputStream()) {
                preview = WorkspacePlanImport.preview(ws, in, fileName);
                refusal = lintRefusal(preview, fileName);
            } catch (MspdiImportException e) {
                refusal = Optional.of(Refusal.of(HttpStatus.BAD_REQUEST, WordReviewUpload.sentence(e.getMessage())));
            }
        }
        if (refusal.isPresent()) {
            return refused(ws, refusal.get(), model, response);
        }
        if (preview.changes().isEmpty()) {
            return dryRunPage(ws, fileName, null, preview, false, model); // nothing to apply, so nothing kept
        }
        PendingPlanImports.Pending kept;
        try (InputStream in = file.getInputStream()) {
            kept = pending.keep(SignedInUser.name(), ws.manifest().id(), fileName, in, preview.changes());
        }
        return dryRunPage(ws, fileName, kept.token(), preview, false, model);
    }

    @PostMapping("/plan/import/apply")
    String apply(@RequestParam(required = false) String token, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) throws IOException {
        Workspace ws = current.require();
        Optional<PendingPlanImports.Pending> found = pending.find(token, SignedInUser.name(), ws.manifest().id());
        if (found.isEmpty()) {
            return refused(ws, Refusal.of(HttpStatus.GONE, "The uploaded file is no longer kept (a dry run is kept for "
                    + PendingPlanImports.LIFETIME.toMinutes() + " minutes), so nothing was stored: upload the file again."),
                    model, response);
        }
        PendingPlanImports.Pending kept = found.get();
        Preview preview;
        Optional<Refusal> refusal;
        try (InputStream in = kept.open()) {
            preview = WorkspacePlanImport.preview(ws, in, kept.fileName());
            refusal = lintRefusal(preview, kept.fileName());
        } catch (MspdiImportException e) {
            preview = null;
            refusal = Optional.of(Refusal.of(HttpStatus.BAD_REQUEST, WordReviewUpload.sentence(e.getMessage())));
        }
        if (refusal.isPresent()) {
            pending.forget(kept.token());
            return refused(ws, refusal.get(), model, response);
        }
        if (!preview.changes().equals(kept.shown())) {
            return changedMeanwhile(ws, kept, preview, model, response);
        }
        Plan readAgainst = ws.plan();
        Plan imported = preview.plan();
        try {
            store.changePlan(ws.manifest().id(), stored -> {
                if (!stored.equals(readAgainst)) {
                    throw new PlanChangedMeanwhile();
                }
                return imported;
            }, SignedInUser.name(), "plan-imported", auditSubject(kept.fileName()));
        } catch (PlanChangedMeanwhile e) {
            // A write landed between reading the plan and storing: the dry run against what is stored now.
            Workspace now = current.require();
            try (InputStream in = kept.open()) {
                return changedMeanwhile(now, kept, WorkspacePlanImport.preview(now, in, kept.fileName()), model, response);
            } catch (MspdiImportException again) {
                pending.forget(kept.token());
                return refused(now, Refusal.of(HttpStatus.BAD_REQUEST, WordReviewUpload.sentence(again.getMessage())), model, response);
            }
        }
        pending.forget(kept.token());
        PlanChanges changes = preview.changes();
        redirect.addFlashAttribute("message", "Imported " + kept.fileName() + " into the plan: "
                + count(changes.count("task", Kind.ADDED), "task", "tasks") + " added, " + changes.count("task", Kind.CHANGED)
                + " changed, " + changes.count("task", Kind.REMOVED) + " removed; "
                + count(imported.activities().size(), "task", "tasks") + " in all.");
        return "redirect:/plan#tasks";
    }

    /** Thrown inside the store's transaction when the stored plan is not the one the import was read against. */
    private static final class PlanChangedMeanwhile extends RuntimeException {
        PlanChangedMeanwhile() {
            super("the plan changed since the dry run", null, false, false);
        }
    }

    private String changedMeanwhile(Workspace ws, PendingPlanImports.Pending kept, Preview preview, Model model,
                                    HttpServletResponse response) {
        if (!preview.clean()) {
            pending.forget(kept.token());
            return refused(ws, lintRefusal(preview, kept.fileName()).orElseThrow(), model, response);
        }
        response.setStatus(HttpStatus.CONFLICT.value());
        if (preview.changes().isEmpty()) {
            pending.forget(kept.token()); // the plan already holds what the file holds: nothing left to apply
            return dryRunPage(ws, kept.fileName(), null, preview, true, model);
        }
        return dryRunPage(ws, kept.fileName(), pending.reshown(kept, preview.changes()).token(), preview, true, model);
    }

    private static Optional<Refusal> checkUpload(MultipartFile file, String fileName) {
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            return Optional.of(Refusal.of(HttpStatus.BAD_REQUEST,
                    "Choose the MS Project file to import: MS Project XML (.xml) or a project file (.mpp)."));
        }
        if (file.getSize() > MspdiImporter.MAX_BYTES) {
            return Optional.of(Refusal.of(HttpStatus.CONTENT_TOO_LARGE, fileName + " is larger than "
                    + (MspdiImporter.MAX_BYTES >> 20) + " MB, the most a project file may be."));
        }
        if (file.isEmpty()) {
            return Optional.of(Refusal.of(HttpStatus.BAD_REQUEST, fileName + " is empty."));
        }
        return Optional.empty();
    }

    /** The workspace as it would be must lint without errors, as {@code tad plan --import} requires. */
    private static Optional<Refusal> lintRefusal(Preview preview, String fileName) {
        if (preview.clean()) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        reasons.add(fileName + ": the plan it gives would not pass the workspace checks (lint), so it was not stored:");
        preview.lint().findings().stream().filter(Finding::isError).map(Finding::message).forEach(reasons::add);
        return Optional.of(new Refusal(HttpStatus.BAD_REQUEST, reasons));
    }

    private String refused(Workspace ws, Refusal refusal, Model model, HttpServletResponse response) {
        response.setStatus(refusal.status().value());
        model.addAttribute("importErrors", refusal.reasons());
        return planPage.page(ws, null, false, model);
    }

    private String dryRunPage(Workspace ws, String fileName, String token, Preview preview, boolean changedMeanwhile,
                              Model model) {
        PlanChanges changes = preview.changes();
        Plan plan = preview.plan();
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("fileName", fileName);
        model.addAttribute("token", token);
        model.addAttribute("changedMeanwhile", changedMeanwhile);
        model.addAttribute("alarms", changes.alarms());
        model.addAttribute("changes", changes.changes());
        model.addAttribute("counts", ITEMS.stream().map(i -> new Count(i[1], changes.count(i[0], Kind.ADDED),
                changes.count(i[0], Kind.CHANGED), changes.count(i[0], Kind.REMOVED)))
                .filter(c -> c.added() + c.changed() + c.removed() > 0).toList());
        model.addAttribute("notKept", preview.imported().warnings());
        model.addAttribute("holds", fileName + " holds " + count(plan.activities().size(), "task", "tasks") + ", "
                + count(plan.resources().size(), "resource", "resources") + ", "
                + count(plan.activities().stream().mapToInt(a -> a.assignments().size()).sum(), "assignment", "assignments")
                + ", " + count(plan.activities().stream().mapToInt(a -> a.dependencies().size()).sum(), "dependency",
                "dependencies") + " and " + count(plan.actuals().size(), "recorded actual", "recorded actuals") + ".");
        model.addAttribute("keptMinutes", PendingPlanImports.LIFETIME.toMinutes());
        return "plan/importPreview";
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The audit entry names the file; its column holds 200 characters. */
    private static String auditSubject(String fileName) {
        return fileName.length() <= 200 ? fileName : fileName.substring(0, 197) + "...";
    }
}
