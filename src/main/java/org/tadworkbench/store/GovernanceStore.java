package org.tadworkbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.tadworkbench.document.DocumentManifest;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.Section;
import org.tadworkbench.impact.DraftImpacts;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ImpactStatus;
import org.tadworkbench.review.AuditEntry;
import org.tadworkbench.review.ImpactStatusRoles;
import org.tadworkbench.review.PublicationGate;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.Consultation;
import org.tadworkbench.review.Decision;
import org.tadworkbench.review.Disposition;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.review.Governance;
import org.tadworkbench.review.Notice;
import org.tadworkbench.review.ReviewException;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.review.Workflow;
import org.tadworkbench.workspace.NextDraft;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceJson;

/**
 * The review workflow against the database. Every operation runs in one transaction that first locks the
 * workspace's row (so writers of one workspace queue, and per-workspace ids and audit sequence numbers are never
 * shared), checks the {@link Workflow}, writes, and appends an {@link AuditEntry} with who, when, what, before and
 * after. A refused step throws {@link ReviewException} and changes nothing. Nothing is deleted: later dispositions
 * and decisions supersede earlier ones.
 */
public final class GovernanceStore {

    private final DataSource dataSource;
    private final Clock clock;

    public GovernanceStore(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    public GovernanceStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The state of a version: as last changed here, else as workspace.yaml gives its status. */
    public DocumentState state(String workspace, String version) {
        return read(workspace, c -> stateOf(c, workspace, version));
    }

    /**
     * Why a plain edit of the version's text is refused now ({@link Workflow#checkEdit}, the one rule every edit
     * passes), or empty when it is allowed: pages offer an edit form only where a save would be taken.
     */
    public Optional<String> editRefusal(String workspace, String version) {
        return read(workspace, c -> {
            try {
                Workflow.checkEdit(version, stateOf(c, workspace, version), latestConsultation(c, workspace, version));
                return Optional.<String>empty();
            } catch (ReviewException refused) {
                return Optional.of(refused.getMessage());
            }
        });
    }

    /**
     * Moves a version to {@code to}. Opening a consultation and approving need their record: use
     * {@link #openConsultation} and {@link #recordDecision}. Going live is refused before the version's release date
     * (its date in workspace.yaml) and supersedes the version live until then.
     */
    public DocumentState changeState(String workspace, String version, DocumentState to, String actor, AccountRole role, LocalDate today) {
        return changeState(workspace, version, to, actor, role, today, false);
    }

    /**
     * As {@link #changeState(String, String, DocumentState, String, AccountRole, LocalDate)}; {@code acknowledged}
     * says the publisher saw the release's unrealised impact rows (see {@link PublicationGate}), which the audit
     * records. Closing a consultation before its published closing date is refused.
     */
    public DocumentState changeState(String workspace, String version, DocumentState to, String actor, AccountRole role,
                                     LocalDate today, boolean acknowledged) {
        return write(workspace, "change the state of version " + version, c -> {
            DocumentState from = stateOf(c, workspace, version);
            Workflow.check(from, to, role);
            if (to == DocumentState.CONSULTATION_CLOSED) {
                latestConsultation(c, workspace, version).ifPresent(consultation -> Workflow.checkClose(consultation, today));
            }
            if (to == DocumentState.PUBLISHED) {
                PublicationGate gate = gate(c, workspace, version);
                gate.check(acknowledged);
                Optional<String> acknowledgement = gate.acknowledgement();
                if (acknowledgement.isPresent()) {
                    audit(c, workspace, actor, "unrealised-rows-acknowledged", "version", version, null, acknowledgement.get());
                }
            }
            if (to == DocumentState.CONSULTATION) {
                throw new ReviewException("open a consultation (with its audience, dates and questions) to move version "
                        + version + " to consultation");
            }
            if (to == DocumentState.APPROVED) {
                throw new ReviewException("record the TABASC decision (date and minute reference) to approve version " + version);
            }
            if (to == DocumentState.LIVE) {
                Workflow.checkGoLive(version, version(c, workspace, version).date(), today);
                for (Map.Entry<String, DocumentState> other : states(c, workspace).entrySet()) {
                    if (other.getValue() == DocumentState.LIVE && !other.getKey().equals(version)) {
                        moveTo(c, workspace, other.getKey(), DocumentState.LIVE, DocumentState.SUPERSEDED, actor);
                    }
                }
            }
            moveTo(c, workspace, version, from, to, actor);
            return to;
        });
    }

    /** What stands between a version and publication, as the confirmation page shows it. */
    public PublicationGate publicationGate(String workspace, String version) {
        return read(workspace, c -> gate(c, workspace, version));
    }

    private static PublicationGate gate(Connection c, String ws, String version) throws SQLException {
        Governance g = GovernanceRows.load(c, ws);
        List<String> undisposed = g.comments().stream().filter(comment -> comment.version().equals(version))
                .filter(comment -> g.disposition(comment.id()).isEmpty())
                .map(comment -> "comment " + comment.id() + " (" + comment.target().name().toLowerCase(java.util.Locale.ROOT)
                        + (comment.targetRef() == null ? "" : " " + comment.targetRef()) + ")").toList();
        List<String> unlinked = new ArrayList<>();
        Optional<Long> opened = g.audit().stream().filter(a -> a.action().equals("consultation-opened"))
                .filter(a -> g.consultations().stream().anyMatch(x -> String.valueOf(x.id()).equals(a.subjectId())
                        && x.version().equals(version))).map(AuditEntry::sequence).reduce((first, second) -> second);
        boolean current = manifest(c, ws).currentVersion().map(v -> v.version().equals(version)).orElse(false);
        if (opened.isPresent() && current) {
            java.util.Set<String> changed = new java.util.TreeSet<>();
            g.audit().stream().filter(a -> a.sequence() > opened.get() && a.action().equals("section-updated"))
                    .forEach(a -> changed.add(a.subjectId()));
            for (String number : changed) {
                Optional<SectionRevision> now = sectionRevision(c, ws, number);
                boolean linked = now.isPresent() && g.comments().stream().filter(x -> x.version().equals(version))
                        .map(x -> g.disposition(x.id())).flatMap(Optional::stream)
                        .anyMatch(d -> number.equals(d.sectionNumber()) && Integer.valueOf(now.get().revision()).equals(d.sectionRevision()));
                if (!linked) {
                    unlinked.add(number);
                }
            }
        }
        String release = version(c, ws, version).release();
        List<String> rows = release == null ? List.of() : Jdbc.query(c, "select payload from impact_row where workspace_id = ? "
                + "and release_id = ? order by position", rs -> WorkspaceJson.impactRow(rs.getString(1)), ws, release).stream()
                .filter(ImpactRow::isUnrealised)
                .map(r -> r.id() + " (" + r.section() + ", " + r.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")")
                .toList();
        return new PublicationGate(version, undisposed, unlinked, rows);
    }

    /**
     * Opens a consultation on a version in internal review (quality assurance only), refused when it is shorter than
     * {@value Consultation#MINIMUM_WORKING_DAYS} Working Days; the version moves to consultation.
     */
    public Consultation openConsultation(String workspace, String version, List<String> audience, LocalDate opens,
                                         LocalDate closes, List<String> questions, String actor, AccountRole role) {
        return write(workspace, "open a consultation on version " + version, c -> {
            Workflow.requireRole(role, Workflow.SECAS_CORE, "open a consultation");
            DocumentState from = stateOf(c, workspace, version);
            Workflow.check(from, DocumentState.CONSULTATION, role);
            Consultation consultation = Consultation.plan(GovernanceRows.next(c, "consultation", "id", workspace), version,
                    audience, opens, closes, questions);
            GovernanceRows.insert(c, workspace, consultation);
            audit(c, workspace, actor, "consultation-opened", "consultation", String.valueOf(consultation.id()), null,
                    WorkspaceJson.consultation(consultation));
            moveTo(c, workspace, version, from, DocumentState.CONSULTATION, actor);
            return consultation;
        });
    }

    /**
     * Records a comment (its id and time are given here; the author is the actor). Comments are taken during internal
     * review (from SECAS and the TABASC) and during consultation (from anyone; linked to the latest consultation).
     */
    public Comment addComment(String workspace, Comment comment, AccountRole role) {
        return write(workspace, "add a comment", c -> insertComment(c, workspace, comment, role));
    }

    /**
     * Records several comments in one transaction (an imported response form): all of them, or, when any is refused,
     * none (the exception says which and why).
     */
    public List<Comment> addComments(String workspace, List<Comment> comments, AccountRole role) {
        return write(workspace, "add " + comments.size() + " comments", c -> {
            List<Comment> stored = new ArrayList<>();
            for (Comment comment : comments) {
                stored.add(insertComment(c, workspace, comment, role));
            }
            return stored;
        });
    }

    /**
     * Records the comments read from a reviewer's Word file in one transaction, all or none: the same rules as
     * {@link #addComment} (internal review or consultation only, a consultation's comments linked to it), real ids
     * given in order, each reply's {@code replyTo} moved from the provisional id ({@code provisional} numbers them
     * 1..n, as {@code ReviewImport.place} does) to the real one, and the date Word gave each comment kept. Each comment
     * is audited with {@code actor}, who uploaded the file, as the one who recorded it. Refused when a comment's
     * {@code source} is already recorded (the same file imported before) or a reply names no earlier comment.
     */
    public List<Comment> importComments(String workspace, List<Comment> provisional, String actor, AccountRole role) {
        return write(workspace, "import " + provisional.size() + " comments", c -> {
            java.util.Set<String> recorded = new java.util.HashSet<>();
            GovernanceRows.load(c, workspace).comments().stream().map(Comment::source)
                    .filter(java.util.Objects::nonNull).forEach(recorded::add);
            Map<Long, Long> realIds = new java.util.HashMap<>();
            List<Comment> stored = new ArrayList<>();
            for (Comment comment : provisional) {
                if (comment.source() != null && recorded.contains(comment.source())) {
                    throw new ReviewException("the file was already imported: " + comment.source() + " is recorded");
                }
                Long parent = null;
                if (comment.replyTo() != null) {
                    parent = realIds.get(comment.replyTo());
                    if (parent == null) {
                        throw new ReviewException("comment " + comment.id() + " replies to comment " + comment.replyTo()
                                + ", which is not among the comments before it");
                    }
                }
                Comment one = insertComment(c, workspace, comment.replyingTo(parent), role,
                        comment.createdAt() == null ? now() : comment.createdAt(), actor, "comment-imported");
                realIds.put(comment.id(), one.id());
                stored.add(one);
            }
            return stored;
        });
    }

    private Comment insertComment(Connection c, String workspace, Comment comment, AccountRole role) throws SQLException {
        return insertComment(c, workspace, comment, role, now(), comment.author(), "comment-added");
    }

    /** Records {@code comment} at {@code at} under the rules of {@link #addComment}, audited as {@code action} by {@code actor}. */
    private Comment insertComment(Connection c, String workspace, Comment comment, AccountRole role, Instant at,
                                  String actor, String action) throws SQLException {
        DocumentState state = stateOf(c, workspace, comment.version());
        Long consultation = null;
        if (state == DocumentState.INTERNAL_REVIEW) {
            Workflow.requireRole(role, Workflow.INTERNAL_REVIEWERS, "comment during internal review");
        } else if (state == DocumentState.CONSULTATION) {
            consultation = Jdbc.query(c, "select max(id) from consultation where workspace_id = ? and version = ?",
                    rs -> rs.getObject(1) == null ? null : rs.getLong(1), workspace, comment.version()).get(0);
        } else {
            throw new ReviewException("version " + comment.version() + " is " + state.label()
                    + ": comments are taken during internal review and consultation only");
        }
        Comment stored = comment.withId(GovernanceRows.next(c, "comment", "id", workspace), at, consultation);
        GovernanceRows.insert(c, workspace, stored);
        audit(c, workspace, actor, action, "comment", String.valueOf(stored.id()), null, WorkspaceJson.comment(stored));
        return stored;
    }

    /** Records SECAS's response and disposition of a comment (superseding an earlier one, which is kept). */
    public Disposition dispose(String workspace, Disposition disposition, AccountRole role) {
        return write(workspace, "dispose of comment " + disposition.commentId(), c -> {
            Workflow.requireRole(role, Workflow.DISPOSERS, "respond to and dispose of comments");
            List<String> versions = Jdbc.query(c, "select version from comment where workspace_id = ? and id = ?",
                    rs -> rs.getString(1), workspace, disposition.commentId());
            if (versions.isEmpty()) {
                throw new ReviewException("there is no comment " + disposition.commentId() + " to dispose of");
            }
            Workflow.checkStillOpen(versions.get(0), stateOf(c, workspace, versions.get(0)),
                    "a disposition of comment " + disposition.commentId());
            if (disposition.sectionNumber() != null && Jdbc.query(c, "select number from section where workspace_id = ? and number = ?",
                    rs -> rs.getString(1), workspace, disposition.sectionNumber()).isEmpty()) {
                throw new ReviewException("the disposition links section " + disposition.sectionNumber() + ", which does not exist");
            }
            List<String> earlier = Jdbc.query(c, "select payload from disposition where workspace_id = ? and comment_id = ? "
                    + "order by position desc", rs -> rs.getString(1), workspace, disposition.commentId());
            Disposition stored = disposition.at(now());
            GovernanceRows.insert(c, workspace, stored, (int) GovernanceRows.next(c, "disposition", "position", workspace));
            audit(c, workspace, stored.by(), "comment-disposed", "comment", String.valueOf(stored.commentId()),
                    earlier.isEmpty() ? null : earlier.get(0), WorkspaceJson.disposition(stored));
            return stored;
        });
    }

    /**
     * Records the TABASC decision on a version whose consultation has closed (TABASC chair only): approved, or
     * approved with changes, moves it to approved; rejected sends it back to draft.
     */
    public Decision recordDecision(String workspace, Decision decision, AccountRole role) {
        return write(workspace, "record the decision on version " + decision.version(), c -> {
            Workflow.requireRole(role, Workflow.DECIDERS, "record the TABASC decision");
            DocumentState from = stateOf(c, workspace, decision.version());
            List<String> earlier = Jdbc.query(c, "select payload from decision where workspace_id = ? and version = ? "
                    + "order by position desc", rs -> rs.getString(1), workspace, decision.version());
            Optional<Decision> inForce = earlier.stream().findFirst().map(WorkspaceJson::decision);
            Workflow.checkDecision(decision, inForce, latestConsultation(c, workspace, decision.version()), LocalDate.now(clock));
            DocumentState to = decision.outcome() == Decision.Outcome.REJECTED ? DocumentState.DRAFT : DocumentState.APPROVED;
            if (!decision.isCorrection()) {
                Workflow.check(from, to, role);
            }
            GovernanceRows.insert(c, workspace, decision, (int) GovernanceRows.next(c, "decision", "position", workspace));
            audit(c, workspace, decision.by(), decision.isCorrection() ? "decision-corrected" : "decision-recorded", "version",
                    decision.version(), earlier.isEmpty() ? null : earlier.get(0), WorkspaceJson.decision(decision));
            if (!decision.isCorrection()) {
                moveTo(c, workspace, decision.version(), from, to, decision.by());
            }
            return decision;
        });
    }

    /**
     * Changes one impact row's status, if the role may ({@link ImpactStatusRoles}), with an audit entry of the row
     * before and after. Refused when there is no such row.
     */
    public ImpactRow changeImpactStatus(String workspace, String release, String rowId, ImpactStatus to, String actor,
                                        AccountRole role) {
        return write(workspace, "change the status of row " + rowId, c -> {
            ImpactRow before = impactRow(c, workspace, release, rowId);
            ImpactStatusRoles.check(before.status(), to, role);
            return storeImpactRow(c, workspace, release, before, before.withStatus(to), actor, "impact-status-changed");
        });
    }

    /**
     * An expert's triage of a proposed row ({@link DraftImpacts}): accepted, it becomes identified (or no-impact when
     * it proposed none); rejected, no-impact with {@code reason} in its note. The role must be one that may give the
     * row its new status ({@link ImpactStatusRoles}); audited with the row before and after. Refused when there is no
     * such row, it is not proposed, or a rejection gives no reason.
     */
    public ImpactRow triageImpactRow(String workspace, String release, String rowId, boolean accept, String reason,
                                     String actor, AccountRole role) {
        return write(workspace, "triage row " + rowId, c -> {
            ImpactRow before = impactRow(c, workspace, release, rowId);
            ImpactRow after;
            try {
                after = accept ? DraftImpacts.accept(before) : DraftImpacts.reject(before, reason);
            } catch (IllegalArgumentException e) {
                throw new ReviewException(e.getMessage());
            }
            ImpactStatusRoles.check(before.status(), after.status(), role);
            return storeImpactRow(c, workspace, release, before, after, actor,
                    accept ? "impact-row-accepted" : "impact-row-rejected");
        });
    }

    private static ImpactRow impactRow(Connection c, String workspace, String release, String rowId) throws SQLException {
        List<String> payloads = Jdbc.query(c, "select payload from impact_row where workspace_id = ? and release_id = ? "
                + "and row_id = ?", rs -> rs.getString(1), workspace, release, rowId);
        if (payloads.isEmpty()) {
            throw new ReviewException("release " + release + " has no impact row " + rowId);
        }
        return WorkspaceJson.impactRow(payloads.get(0));
    }

    private ImpactRow storeImpactRow(Connection c, String workspace, String release, ImpactRow before, ImpactRow after,
                                     String actor, String action) throws SQLException {
        Jdbc.update(c, "update impact_row set status = ?, payload = ? where workspace_id = ? and release_id = ? and row_id = ?",
                after.status().name(), WorkspaceJson.impactRow(after), workspace, release, after.id());
        audit(c, workspace, actor, action, "impact-row", release + "/" + after.id(),
                WorkspaceJson.impactRow(before), WorkspaceJson.impactRow(after));
        return after;
    }

    /** Records a go-live notice of a published or live version (SECAS core only); its id is given here. */
    public Notice recordNotice(String workspace, Notice notice, String actor, AccountRole role) {
        return write(workspace, "record a notice of version " + notice.version(), c -> {
            Workflow.requireRole(role, Workflow.SECAS_CORE, "record a go-live notice");
            DocumentState state = stateOf(c, workspace, notice.version());
            if (state != DocumentState.PUBLISHED && state != DocumentState.LIVE) {
                throw new ReviewException("a go-live notice is for a published or live version; version "
                        + notice.version() + " is " + state.label());
            }
            Notice stored = notice.withId(GovernanceRows.next(c, "notice", "id", workspace));
            GovernanceRows.insert(c, workspace, stored);
            audit(c, workspace, actor, "notice-recorded", "notice", String.valueOf(stored.id()), null, WorkspaceJson.notice(stored));
            return stored;
        });
    }

    /** Marks a notice as sent (from the outbox); returns the updated notice. */
    public Notice markNoticeSent(String workspace, long noticeId, String actor) {
        return write(workspace, "mark notice " + noticeId + " sent", c -> {
            List<String> payloads = Jdbc.query(c, "select payload from notice where workspace_id = ? and id = ?",
                    rs -> rs.getString(1), workspace, noticeId);
            if (payloads.isEmpty()) {
                throw new ReviewException("there is no notice " + noticeId);
            }
            Notice before = WorkspaceJson.notice(payloads.get(0));
            Notice sent = new Notice(before.id(), before.version(), before.date(), before.text(), before.recipients(), Notice.State.SENT);
            Jdbc.update(c, "update notice set state = ?, payload = ? where workspace_id = ? and id = ?",
                    sent.state().name(), WorkspaceJson.notice(sent), workspace, noticeId);
            audit(c, workspace, actor, "notice-sent", "notice", String.valueOf(noticeId), payloads.get(0), WorkspaceJson.notice(sent));
            return sent;
        });
    }

    /** The section with its revision, to start an edit from; empty when there is no such section. */
    public Optional<SectionRevision> section(String workspace, String number) {
        return read(workspace, c -> sectionRevision(c, workspace, number));
    }

    private static Optional<SectionRevision> sectionRevision(Connection c, String ws, String number) throws SQLException {
        return Jdbc.query(c, "select front_matter, body, revision, updated_by from section where workspace_id = ? and number = ?",
                rs -> new SectionRevision(WorkspaceJson.section(rs.getString(1), rs.getString(2)), rs.getInt(3), rs.getString(4)),
                ws, number).stream().findFirst();
    }

    /**
     * Saves a section edit made on {@code expectedRevision} (compare and set): {@link SectionUpdate.Saved} with the new
     * revision, or {@link SectionUpdate.Conflict} with the text saved since, its revision and author, leaving it
     * untouched. {@code newTitle} null keeps the title. Refused when the current version is approved or later.
     */
    public SectionUpdate updateSection(String workspace, String number, int expectedRevision, String newBody,
                                       String newTitle, String actor) {
        return write(workspace, "update section " + number, c -> {
            String current = manifest(c, workspace).currentVersion().map(DocumentVersion::version)
                    .orElseThrow(() -> new ReviewException("workspace " + workspace + " has no version to edit"));
            Workflow.checkEdit(current, stateOf(c, workspace, current), latestConsultation(c, workspace, current));
            SectionRevision stored = sectionRevision(c, workspace, number).orElseThrow(() -> new ReviewException("there is no section " + number + " in workspace " + workspace));
            Section before = stored.section();
            int revision = stored.revision();
            if (revision != expectedRevision) {
                return new SectionUpdate.Conflict(before.body(), revision, stored.updatedBy());
            }
            Section after = new Section(number, newTitle == null ? before.title() : newTitle, before.applicability(),
                    before.references(), before.elements(), WorkspaceJson.sectionBody(newBody));
            int changed = Jdbc.update(c, "update section set title = ?, front_matter = ?, body = ?, revision = revision + 1, "
                    + "updated_by = ? where workspace_id = ? and number = ? and revision = ?", after.title(),
                    WorkspaceJson.sectionFrontMatter(after), after.body(), actor, workspace, number, expectedRevision);
            if (changed != 1) {
                throw new StoreException("section " + number + " changed while locked", null);
            }
            audit(c, workspace, actor, "section-updated", "section", number, sectionText(before, revision),
                    sectionText(after, revision + 1));
            return new SectionUpdate.Saved(revision + 1);
        });
    }

    /** Everything recorded for the workspace (empty when it has none). */
    public Governance loadGovernance(String workspace) {
        return read(workspace, c -> GovernanceRows.load(c, workspace));
    }

    /** The audit trail, oldest first. */
    public List<AuditEntry> auditTrail(String workspace) {
        return read(workspace, c -> GovernanceRows.audit(c, workspace));
    }

    private static String sectionText(Section section, int revision) {
        return "revision " + revision + "\ntitle: " + section.title() + "\n\n" + section.body();
    }

    private void moveTo(Connection c, String ws, String version, DocumentState from, DocumentState to, String actor) throws SQLException {
        GovernanceRows.setState(c, ws, version, to);
        DocumentManifest manifest = manifest(c, ws);
        List<DocumentVersion> versions = new ArrayList<>();
        for (DocumentVersion v : manifest.versions()) {
            versions.add(v.version().equals(version)
                    ? new DocumentVersion(v.version(), to.versionStatus(), v.date(), v.release(), v.summary()) : v);
        }
        Jdbc.update(c, "update workspace set manifest = ? where id = ?", WorkspaceJson.manifest(new DocumentManifest(manifest.id(),
                manifest.title(), manifest.owner(), manifest.classification(), manifest.description(), versions)), ws);
        audit(c, ws, actor, "state-changed", "version", version, from.code(), to.code());
    }

    private void audit(Connection c, String ws, String actor, String action, String kind, String id, String before,
                       String after) throws SQLException {
        GovernanceRows.appendAudit(c, ws, now(), actor, action, kind, id, before, after);
    }

    /** The version's latest consultation: the one its state refers to. */
    private static Optional<Consultation> latestConsultation(Connection c, String ws, String version) throws SQLException {
        return Jdbc.query(c, "select payload from consultation where workspace_id = ? and version = ? order by id desc",
                rs -> WorkspaceJson.consultation(rs.getString(1)), ws, version).stream().findFirst();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private static DocumentManifest manifest(Connection c, String ws) throws SQLException {
        List<String> manifests = Jdbc.query(c, "select manifest from workspace where id = ?", rs -> rs.getString(1), ws);
        if (manifests.isEmpty()) {
            throw new ReviewException("there is no workspace '" + ws + "'");
        }
        return WorkspaceJson.manifest(manifests.get(0));
    }

    private static DocumentVersion version(Connection c, String ws, String version) throws SQLException {
        return manifest(c, ws).versions().stream().filter(v -> v.version().equals(version)).findFirst()
                .orElseThrow(() -> new ReviewException("workspace " + ws + " has no version " + version));
    }

    private static DocumentState stateOf(Connection c, String ws, String version) throws SQLException {
        DocumentVersion known = version(c, ws, version);
        List<String> recorded = Jdbc.query(c, "select state from version_state where workspace_id = ? and version = ?",
                rs -> rs.getString(1), ws, version);
        return recorded.isEmpty() ? DocumentState.of(known.status()) : DocumentState.valueOf(recorded.get(0));
    }

    /** Every version's state, recorded or from workspace.yaml. */
    private static Map<String, DocumentState> states(Connection c, String ws) throws SQLException {
        Map<String, DocumentState> states = new LinkedHashMap<>();
        for (DocumentVersion v : manifest(c, ws).versions()) {
            states.put(v.version(), DocumentState.of(v.status()));
        }
        Jdbc.query(c, "select version, state from version_state where workspace_id = ?",
                rs -> states.put(rs.getString(1), DocumentState.valueOf(rs.getString(2))), ws);
        return states;
    }

    private <T> T write(String workspace, String what, Jdbc.Work<T> work) {
        return Jdbc.inWriteTransaction(dataSource, what, c -> {
            if (Jdbc.query(c, "select id from workspace where id = ? for update", rs -> rs.getString(1), workspace).isEmpty()) {
                throw new ReviewException("there is no workspace '" + workspace + "'");
            }
            return work.run(c);
        });
    }

    private <T> T read(String workspace, Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, "read the governance of " + workspace, work);
    }

    /**
     * Starts the next draft from live version {@code from} (null: the live one) as {@code as} (null: the next minor
     * number), by {@link NextDraft}, the rule {@code tad versions new} follows too. In one transaction that locks the
     * workspace, re-reads it and re-checks the rule (a concurrent start or go-live is seen): keeps the live version's
     * text, model, glossary and references as its snapshot, adds the new draft to the stored manifest and records an
     * audit entry with the versions before and after. Refused ({@link ReviewException}, nothing changed) for a role
     * outside {@link NextDraft#ROLES}, a version that is not live, or while a newer version is drafted.
     */
    public NextDraft.Opened startNextDraft(String workspace, String from, String as, String actor, AccountRole role,
                                           LocalDate today) {
        return write(workspace, "start the next draft of workspace " + workspace, c -> {
            NextDraft.roleRefusal(role).ifPresent(reason -> {
                throw new ReviewException(reason);
            });
            Workspace before = WorkspaceStore.load(c, workspace)
                    .orElseThrow(() -> new ReviewException("there is no workspace '" + workspace + "'"));
            NextDraft.Opened opened = NextDraft.open(before, from, as, today);
            String kept = opened.snapshot().version();
            Jdbc.update(c, "update workspace set manifest = ? where id = ?",
                    WorkspaceJson.manifest(opened.workspace().manifest()), workspace);
            Jdbc.update(c, "delete from snapshot_section where workspace_id = ? and version = ?", workspace, kept);
            Jdbc.update(c, "delete from snapshot_part where workspace_id = ? and version = ?", workspace, kept);
            WorkspaceStore.insertSnapshots(c, workspace, List.of(opened.snapshot()));
            Jdbc.update(c, "delete from picture where workspace_id = ? and path like ?", workspace,
                    org.tadworkbench.document.Picture.FOLDER + kept + "/%");
            WorkspaceStore.insertPictures(c, workspace, opened.pictures());
            audit(c, workspace, actor, "draft-started", "version", opened.version().version(),
                    NextDraft.versionsLine(before.manifest()), NextDraft.versionsLine(opened.workspace().manifest())
                            + "\nkept as the snapshot of version " + kept + ": " + opened.snapshot().sections().size()
                            + " sections, the model, the glossary and the references");
            return opened;
        });
    }
}
