package org.tadworkbench.web;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tadworkbench.account.AccountStore;
import org.tadworkbench.review.AuditEntry;
import org.tadworkbench.store.GovernanceStore;
import org.tadworkbench.workspace.Workspace;

/**
 * The audit trail, newest first: {@code GET /audit} (filter {@code ?kind=}one of {@link #KINDS}),
 * {@code GET /audit.csv} (RFC 4180, UTF-8, formula-safe) and {@code GET /audit.json}. For SECAS, the TABASC and
 * administrators only ({@link SecurityConfiguration#AUDIT_ROLES}); others get 403.
 */
@Controller
class AuditController {

    /** The kinds of subject recorded: the workspace's governance, impact registers and imports, and accounts. */
    static final Set<String> KINDS = new TreeSet<>(List.of("account", "comment", "consultation", "impact-row", "notice",
            "plan", "release", "section", "specification", "version", "workspace"));

    private final CurrentWorkspace current;
    private final GovernanceStore governance;
    private final AccountStore accounts;

    AuditController(CurrentWorkspace current, GovernanceStore governance, AccountStore accounts) {
        this.current = current;
        this.governance = governance;
        this.accounts = accounts;
    }

    @GetMapping("/audit")
    String showAudit(@RequestParam(required = false) String kind, Model model) {
        model.addAttribute("entries", entries(kind));
        model.addAttribute("kinds", KINDS);
        model.addAttribute("kind", blank(kind) ? null : kind);
        return "audit/showAudit";
    }

    @GetMapping("/audit.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String kind) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("audit.csv").build().toString())
                .body(AuditCsv.write(entries(kind)).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(value = "/audit.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<AuditRow> json(@RequestParam(required = false) String kind) {
        return entries(kind).stream().map(AuditRow::of).toList();
    }

    /** An audit entry as JSON gives it: the time as ISO-8601 text. */
    record AuditRow(long sequence, String at, String actor, String action, String subjectKind, String subjectId,
                    String before, String after) {
        static AuditRow of(AuditEntry e) {
            return new AuditRow(e.sequence(), e.at().toString(), e.actor(), e.action(), e.subjectKind(), e.subjectId(),
                    e.before(), e.after());
        }
    }

    private List<AuditEntry> entries(String kind) {
        if (!blank(kind) && !KINDS.contains(kind)) {
            throw new BadRequestException("'" + kind + "' is not a kind of subject: use one of " + KINDS + ".");
        }
        Workspace ws = current.require();
        // Account changes have their own trail (accounts are the server's, not a workspace's): merged by time.
        List<AuditEntry> all = new java.util.ArrayList<>(governance.auditTrail(ws.manifest().id()));
        accounts.changes().forEach(a -> all.add(new AuditEntry(a.sequence(), a.at(), a.actor(), a.action(), "account",
                a.username(), a.before(), a.after())));
        return all.stream().filter(e -> blank(kind) || e.subjectKind().equals(kind))
                .sorted(Comparator.comparing(AuditEntry::at).thenComparingLong(AuditEntry::sequence).reversed()).toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
