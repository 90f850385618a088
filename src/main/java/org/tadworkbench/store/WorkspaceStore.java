package org.tadworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.tadworkbench.document.DocumentManifest;
import org.tadworkbench.document.DocumentReference;
import org.tadworkbench.document.GlossaryTerm;
import org.tadworkbench.document.Picture;
import org.tadworkbench.document.Section;
import org.tadworkbench.workspace.VersionSnapshot;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.impact.TraceLink;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.Variation;
import org.tadworkbench.model.View;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.review.Consultation;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.review.Governance;
import org.tadworkbench.review.ReviewException;
import org.tadworkbench.review.Workflow;
import org.tadworkbench.spec.Baseline;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecRegister;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceJson;

/**
 * Keeps workspaces in the database. A workspace is replaced as a whole in one transaction, so an import
 * either lands completely or leaves the database exactly as it was.
 */
public final class WorkspaceStore {

    private static final String GLOSSARY = "glossary";
    private static final String REFERENCES = "references";
    private static final String SPECS = "specs";
    private static final String PLAN = "plan";
    private static final String RAID = "raid";
    private static final String ELEMENTS = "model-elements";
    private static final String RELATIONSHIPS = "model-relationships";
    private static final String VARIATIONS = "model-variations";
    private static final String VIEWS = "model-views";
    private static final String TRACES = "traces";

    private final DataSource dataSource;
    private final Clock clock;

    public WorkspaceStore(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    public WorkspaceStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public List<String> workspaceIds() {
        return query("select id from workspace order by id", ps -> { }, rs -> rs.getString(1));
    }

    /**
     * Replaces the stored workspace of the same id, or adds it: all or nothing. The workspace's governance (review/)
     * comes with it, and may add to the stored governance but never lose any of it: a workspace that lacks a stored
     * comment, disposition, decision, notice, consultation or audit entry is refused (export first, then edit the
     * export). Section revisions carry on: unchanged sections keep theirs, changed ones get the next. The workflow's
     * rules hold here as in the browser: an import may not change a recorded version state, add anything about an
     * approved or later version, or change the text of a current version under consultation or approved
     * ({@link Workflow#checkEdit}). The import and each section it changes are audited, by {@code actor}.
     */
    public void replace(Workspace ws, String actor) {
        String id = ws.manifest().id();
        Jdbc.inWriteTransaction(dataSource, "store workspace '" + id + "'", connection -> {
            boolean exists = !Jdbc.query(connection, "select id from workspace where id = ? for update", rs -> rs.getString(1), id).isEmpty();
            Map<String, StoredSection> stored = new HashMap<>();
            Map<String, String> storedParts = new HashMap<>();
            String before = null;
            String storedContent = null;
            if (exists) {
                Governance recorded = GovernanceRows.load(connection, id);
                recorded.lostIn(ws.governance()).ifPresent(lost -> {
                    throw new StoreException("the import would lose recorded governance of workspace '" + id + "': " + lost
                            + " is not in its review/ files. Export the workspace from the database (tad export) and make "
                            + "the changes in the export", null);
                });
                recorded.refusedIn(ws.governance()).ifPresent(refused -> {
                    throw new StoreException("import refused: " + refused, null);
                });
                Jdbc.query(connection, "select number, front_matter, body, revision, updated_by from section where workspace_id = ?",
                        rs -> stored.put(rs.getString(1), new StoredSection(rs.getString(2), rs.getString(3), rs.getInt(4),
                                rs.getString(5))), id);
                Jdbc.query(connection, "select name, content from workspace_part where workspace_id = ?",
                        rs -> storedParts.put(rs.getString(1), rs.getString(2)), id);
                before = summary(connection, id);
                storedContent = content(connection, id);
                checkTextFreeze(connection, id, recorded, ws, stored, storedParts);
            }
            Jdbc.update(connection, "delete from workspace where id = ?", id);
            Jdbc.update(connection, "insert into workspace (id, title, manifest, imported_at) values (?, ?, ?, ?)",
                    id, ws.manifest().title(), WorkspaceJson.manifest(ws.manifest()), Timestamp.from(Instant.now(clock)));
            Map<String, String> parts = new LinkedHashMap<>();
            parts.put(GLOSSARY, WorkspaceJson.glossary(ws.glossary()));
            parts.put(REFERENCES, WorkspaceJson.references(ws.references()));
            parts.put(SPECS, WorkspaceJson.specs(ws.specs()));
            parts.put(PLAN, WorkspaceJson.plan(ws.plan()));
            parts.put(RAID, WorkspaceJson.raid(ws.raid()));
            parts.putAll(modelParts(ws.model()));
            parts.put(TRACES, WorkspaceJson.traces(ws.traces()));
            try (PreparedStatement ps = connection.prepareStatement(
                    "insert into workspace_part (workspace_id, name, content) values (?, ?, ?)")) {
                for (Map.Entry<String, String> part : parts.entrySet()) {
                    Jdbc.bind(ps, id, part.getKey(), part.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            insertSpecTexts(connection, id, ws.specs().texts());
            insertSections(connection, id, ws.sections(), stored);
            insertSnapshots(connection, id, ws.snapshots());
            insertPictures(connection, id, ws.pictures());
            for (ReleaseImpacts release : ws.releases()) {
                Jdbc.update(connection, "insert into release_register (workspace_id, release_id, header) values (?, ?, ?)",
                        id, release.release(), WorkspaceJson.releaseHeader(release));
                insertRows(connection, id, release);
            }
            GovernanceRows.insert(connection, id, ws.governance());
            // The first import creates the record (its review/ files are its own history, so a round trip stays
            // byte for byte); a later import that changes anything is a change like any other: audited.
            if (!exists || storedContent.equals(content(connection, id))) {
                return null;
            }
            Instant at = Instant.now(clock);
            for (Section section : ws.sections()) {
                StoredSection earlier = stored.get(section.number());
                if (earlier == null || !earlier.same(section)) {
                    GovernanceRows.appendAudit(connection, id, at, actor, "section-imported", "section", section.number(),
                            earlier == null ? null : earlier.body(), section.body());
                }
            }
            GovernanceRows.appendAudit(connection, id, at, actor, "workspace-imported", "workspace", id, before,
                    summary(connection, id));
            return null;
        });
    }

    /** Everything stored for the workspace, as text: what tells whether an import changed anything. */
    private static String content(Connection connection, String id) throws SQLException {
        StringBuilder text = new StringBuilder();
        text.append(Jdbc.query(connection, "select manifest from workspace where id = ?", rs -> rs.getString(1), id));
        text.append(Jdbc.query(connection, "select name, content from workspace_part where workspace_id = ? order by name",
                rs -> rs.getString(1) + rs.getString(2), id));
        text.append(Jdbc.query(connection, "select number, front_matter, body from section where workspace_id = ? order by position",
                rs -> rs.getString(1) + rs.getString(2) + rs.getString(3), id));
        text.append(Jdbc.query(connection, "select release_id, header from release_register where workspace_id = ? order by release_id",
                rs -> rs.getString(1) + rs.getString(2), id));
        text.append(Jdbc.query(connection, "select release_id, row_id, payload from impact_row where workspace_id = ? "
                + "order by release_id, position", rs -> rs.getString(1) + rs.getString(2) + rs.getString(3), id));
        text.append(Jdbc.query(connection, "select version, number, front_matter, body from snapshot_section where "
                + "workspace_id = ? order by version, position", rs -> rs.getString(1) + rs.getString(2) + rs.getString(3)
                + rs.getString(4), id));
        text.append(Jdbc.query(connection, "select document, version, content from spec_text where workspace_id = ? "
                + "order by document, version", rs -> rs.getString(1) + rs.getString(2) + rs.getString(3), id));
        text.append(GovernanceRows.load(connection, id));
        text.append(Jdbc.query(connection, "select path, content from picture where workspace_id = ? order by path",
                rs -> rs.getString(1) + digest(rs.getBytes(2)), id));
        return text.toString();
    }

    /** A picture's bytes as a short text that changes when they do: what the import's change check compares. */
    private static String digest(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }

    /** Writes the workspace's pictures; none of their rows may exist yet. */
    static void insertPictures(Connection connection, String id, List<Picture> pictures) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("insert into picture (workspace_id, path, content) values (?, ?, ?)")) {
            for (Picture picture : pictures) {
                ps.setString(1, id);
                ps.setString(2, picture.path());
                ps.setBytes(3, picture.bytes());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static List<Picture> loadPictures(Connection connection, String id) throws SQLException {
        return Jdbc.query(connection, "select path, content from picture where workspace_id = ? order by path",
                rs -> new Picture(rs.getString(1), rs.getBytes(2)), id);
    }

    /** What an import's audit entry says of the workspace before and after: its versions and how much it holds. */
    private static String summary(Connection connection, String id) throws SQLException {
        DocumentManifest manifest = WorkspaceJson.manifest(Jdbc.query(connection, "select manifest from workspace where id = ?",
                rs -> rs.getString(1), id).get(0));
        StringBuilder text = new StringBuilder("versions:");
        manifest.versions().forEach(v -> text.append(' ').append(v.version()).append(" (").append(v.status().name()
                .toLowerCase(java.util.Locale.ROOT)).append(')'));
        for (String table : List.of("section", "impact_row", "comment", "audit_entry")) {
            text.append("; ").append(table).append(": ").append(Jdbc.query(connection, "select count(*) from " + table
                    + " where workspace_id = ?", rs -> rs.getInt(1), id).get(0));
        }
        return text.toString();
    }

    /**
     * The text freeze on import: when the current version is under consultation or approved and later, the import
     * may not change its sections, glossary, references or figures (views).
     */
    private static void checkTextFreeze(Connection connection, String id, Governance recorded, Workspace ws,
                                        Map<String, StoredSection> stored, Map<String, String> storedParts) throws SQLException {
        Optional<org.tadworkbench.document.DocumentVersion> current = WorkspaceJson.manifest(Jdbc.query(connection,
                "select manifest from workspace where id = ?", rs -> rs.getString(1), id).get(0)).currentVersion();
        if (current.isEmpty()) {
            return;
        }
        String version = current.get().version();
        DocumentState state = recorded.state(version).orElse(DocumentState.of(current.get().status()));
        List<String> changed = new ArrayList<>();
        if (stored.size() != ws.sections().size()
                || ws.sections().stream().anyMatch(s -> stored.get(s.number()) == null || !stored.get(s.number()).same(s))) {
            changed.add("sections");
        }
        if (!WorkspaceJson.glossary(ws.glossary()).equals(storedParts.get(GLOSSARY))) {
            changed.add("glossary");
        }
        if (!WorkspaceJson.references(ws.references()).equals(storedParts.get(REFERENCES))) {
            changed.add("references");
        }
        if (storedParts.containsKey(VIEWS) && !WorkspaceJson.views(ws.model().views()).equals(storedParts.get(VIEWS))) {
            changed.add("figures (views)");
        }
        // The draft's pictures: those outside a version's own folder (figures/<version>/ holds an earlier version's).
        java.util.function.Predicate<Picture> drafts = p -> ws.snapshots().stream()
                .noneMatch(s -> p.path().startsWith(Picture.FOLDER + s.version() + "/"));
        if (!loadPictures(connection, id).stream().filter(drafts).toList().equals(ws.pictures().stream().filter(drafts).toList())) {
            changed.add("pictures");
        }
        if (changed.isEmpty() || state.textEditable()) { // the one edit rule, Workflow.checkEdit, says why not
            return;
        }
        Optional<Consultation> consultation = recorded.consultations().stream().filter(c -> c.version().equals(version))
                .reduce((first, second) -> second);
        try {
            Workflow.checkEdit(version, state, consultation);
        } catch (ReviewException e) {
            throw new StoreException("import refused: it changes the " + String.join(", ", changed) + " of version "
                    + version + ", but " + e.getMessage(), null);
        }
    }

    /** A section as stored before a replace: what decides whether its revision moves on. */
    private record StoredSection(String frontMatter, String body, int revision, String updatedBy) {
        boolean same(Section section) {
            return frontMatter.equals(WorkspaceJson.sectionFrontMatter(section)) && body.equals(section.body());
        }
    }

    private static void insertSections(Connection connection, String id, List<Section> sections,
                                       Map<String, StoredSection> stored) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("insert into section (workspace_id, number, position, "
                + "title, applicability, front_matter, body, revision, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Section section : sections) {
                String frontMatter = WorkspaceJson.sectionFrontMatter(section);
                StoredSection before = stored.get(section.number());
                boolean same = before != null && before.same(section);
                int revision = before == null ? 1 : same ? before.revision() : before.revision() + 1;
                Jdbc.bind(ps, id, section.number(), position++, section.title(), section.applicability().name(),
                        frontMatter, section.body(), revision, same ? before.updatedBy() : null);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Map<String, String> modelParts(ArchitectureModel model) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(ELEMENTS, WorkspaceJson.elements(model.elements()));
        parts.put(RELATIONSHIPS, WorkspaceJson.relationships(model.relationships()));
        parts.put(VARIATIONS, WorkspaceJson.variations(model.variations()));
        parts.put(VIEWS, WorkspaceJson.views(model.views()));
        return parts;
    }

    /** The registers a snapshot kept, by the names workspace_part uses; none for one that kept only its text. */
    private static Map<String, String> snapshotParts(VersionSnapshot snapshot) {
        Map<String, String> parts = new LinkedHashMap<>();
        snapshot.keptModel().ifPresent(model -> parts.putAll(modelParts(model)));
        snapshot.keptGlossary().ifPresent(glossary -> parts.put(GLOSSARY, WorkspaceJson.glossary(glossary)));
        snapshot.keptReferences().ifPresent(references -> parts.put(REFERENCES, WorkspaceJson.references(references)));
        return parts;
    }

    private static VersionSnapshot snapshotOf(String version, List<Section> sections, Map<String, String> parts) {
        ArchitectureModel model = parts.containsKey(ELEMENTS) ? new ArchitectureModel(WorkspaceJson.elements(parts.get(ELEMENTS)),
                WorkspaceJson.relationships(parts.get(RELATIONSHIPS)), WorkspaceJson.variations(parts.get(VARIATIONS)),
                WorkspaceJson.views(parts.get(VIEWS))) : null;
        return new VersionSnapshot(version, sections, model,
                parts.containsKey(GLOSSARY) ? WorkspaceJson.glossary(parts.get(GLOSSARY)) : null,
                parts.containsKey(REFERENCES) ? WorkspaceJson.references(parts.get(REFERENCES)) : null);
    }

    /** Writes the ingested clause trees of specification versions; none of their rows may exist yet. */
    private static void insertSpecTexts(Connection connection, String id, List<ClauseTree> texts) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "insert into spec_text (workspace_id, document, version, content) values (?, ?, ?, ?)")) {
            for (ClauseTree text : texts) {
                Jdbc.bind(ps, id, text.document(), text.version(), WorkspaceJson.clauseTree(text));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Writes the snapshots' text and kept registers; none of their rows may exist yet. */
    static void insertSnapshots(Connection connection, String id, List<VersionSnapshot> snapshots) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "insert into snapshot_part (workspace_id, version, name, content) values (?, ?, ?, ?)")) {
            for (VersionSnapshot snapshot : snapshots) {
                for (Map.Entry<String, String> part : snapshotParts(snapshot).entrySet()) {
                    Jdbc.bind(ps, id, snapshot.version(), part.getKey(), part.getValue());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = connection.prepareStatement("insert into snapshot_section (workspace_id, version, number, "
                + "position, front_matter, body) values (?, ?, ?, ?, ?, ?)")) {
            for (VersionSnapshot snapshot : snapshots) {
                int position = 0;
                for (Section section : snapshot.sections()) {
                    Jdbc.bind(ps, id, snapshot.version(), section.number(), position++, WorkspaceJson.sectionFrontMatter(section), section.body());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void insertRows(Connection connection, String id, ReleaseImpacts release) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("insert into impact_row (workspace_id, release_id, row_id, "
                + "position, document, clause, section, status, payload) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (ImpactRow row : release.impacts()) {
                Jdbc.bind(ps, id, release.release(), row.id(), position++, row.document(), row.clause(), row.section(),
                        row.status().name(), WorkspaceJson.impactRow(row));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The content revision: one more after every committed write to a workspace ({@link WorkspaceSnapshots}). */
    public long revision() {
        return Jdbc.inTransaction(dataSource, "read the content revision", Jdbc::revision);
    }

    /**
     * The first stored workspace (by id) with the revision it is, or null when a write committed while it was read
     * (the statements of one read may each see a later commit, so only an unmoved revision proves the parts agree).
     */
    WorkspaceSnapshots.Snapshot loadFirst() {
        return Jdbc.inTransaction(dataSource, "read the stored workspace", c -> {
            long before = Jdbc.revision(c);
            List<String> ids = Jdbc.query(c, "select id from workspace order by id", rs -> rs.getString(1));
            Optional<Workspace> ws = ids.isEmpty() ? Optional.empty() : load(c, ids.get(0));
            return Jdbc.revision(c) == before ? new WorkspaceSnapshots.Snapshot(before, ws) : null;
        });
    }

    public Optional<Workspace> load(String id) {
        return Jdbc.inTransaction(dataSource, "read workspace '" + id + "'", c -> load(c, id));
    }

    /**
     * The stored workspace, read on the caller's connection: a writer that has locked the workspace's row reads what
     * it is about to change in the same transaction ({@link GovernanceStore#startNextDraft}).
     */
    static Optional<Workspace> load(Connection c, String id) throws SQLException {
        List<String> manifests = Jdbc.query(c, "select manifest from workspace where id = ?", rs -> rs.getString(1), id);
        if (manifests.isEmpty()) {
            return Optional.empty();
        }
        DocumentManifest manifest = WorkspaceJson.manifest(manifests.get(0));
        Map<String, String> parts = new LinkedHashMap<>();
        Jdbc.query(c, "select name, content from workspace_part where workspace_id = ?",
                rs -> parts.put(rs.getString(1), rs.getString(2)), id);
        List<Section> sections = Jdbc.query(c, "select front_matter, body from section where workspace_id = ? order by position",
                rs -> WorkspaceJson.section(rs.getString(1), rs.getString(2)), id);
        Map<String, List<Section>> snapshotSections = new LinkedHashMap<>();
        Jdbc.query(c, "select version, front_matter, body from snapshot_section where workspace_id = ? order by version, position",
                rs -> snapshotSections.computeIfAbsent(rs.getString(1), v -> new ArrayList<>())
                        .add(WorkspaceJson.section(rs.getString(2), rs.getString(3))), id);
        Map<String, Map<String, String>> snapshotParts = new LinkedHashMap<>();
        Jdbc.query(c, "select version, name, content from snapshot_part where workspace_id = ? order by version",
                rs -> snapshotParts.computeIfAbsent(rs.getString(1), v -> new HashMap<>())
                        .put(rs.getString(2), rs.getString(3)), id);
        snapshotParts.keySet().forEach(v -> snapshotSections.computeIfAbsent(v, none -> new ArrayList<>()));
        List<VersionSnapshot> snapshots = snapshotSections.entrySet().stream()
                .map(e -> snapshotOf(e.getKey(), e.getValue(), snapshotParts.getOrDefault(e.getKey(), Map.of()))).toList();
        List<ReleaseImpacts> releases = new ArrayList<>();
        for (String[] header : Jdbc.query(c, "select release_id, header from release_register where workspace_id = ? order by release_id",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, id)) {
            releases.add(WorkspaceJson.release(header[1], Jdbc.query(c, "select payload from impact_row where workspace_id = ? "
                    + "and release_id = ? order by position", rs -> WorkspaceJson.impactRow(rs.getString(1)), id, header[0])));
        }
        List<GlossaryTerm> glossary = WorkspaceJson.glossary(parts.get(GLOSSARY));
        List<DocumentReference> references = WorkspaceJson.references(parts.get(REFERENCES));
        SpecRegister specs = WorkspaceJson.specs(parts.get(SPECS)).withTexts(Jdbc.query(c,
                "select content from spec_text where workspace_id = ? order by document, version",
                rs -> WorkspaceJson.clauseTree(rs.getString(1)), id));
        Plan plan = WorkspaceJson.plan(parts.get(PLAN));
        RaidLog raid = WorkspaceJson.raid(parts.get(RAID));
        List<Element> elements = WorkspaceJson.elements(parts.get(ELEMENTS));
        List<Relationship> relationships = WorkspaceJson.relationships(parts.get(RELATIONSHIPS));
        // Parts added after a workspace was stored read as empty: older databases keep working.
        List<Variation> variations = parts.containsKey(VARIATIONS) ? WorkspaceJson.variations(parts.get(VARIATIONS)) : List.of();
        List<View> views = parts.containsKey(VIEWS) ? WorkspaceJson.views(parts.get(VIEWS)) : List.of();
        List<TraceLink> traces = parts.containsKey(TRACES) ? WorkspaceJson.traces(parts.get(TRACES)) : List.of();
        return Optional.of(new Workspace(manifest, sections, glossary, references, specs, releases, plan, raid,
                new ArchitectureModel(elements, relationships, variations, views), traces, snapshots, GovernanceRows.load(c, id),
                loadPictures(c, id)));
    }

    /**
     * Adds a release's impact register (e.g. accepted from a Modification Proposal's computed impact), adding its
     * baseline to the specification register when it is new: all in one transaction, audited by {@code actor}.
     */
    public void addRelease(String workspaceId, Baseline baseline, ReleaseImpacts release, String actor) {
        Jdbc.inWriteTransaction(dataSource, "store release '" + release.release() + "'", connection -> {
            Jdbc.query(connection, "select id from workspace where id = ? for update", rs -> rs.getString(1), workspaceId);
            List<String> specsJson = Jdbc.query(connection, "select content from workspace_part where workspace_id = ? and name = ?",
                    rs -> rs.getString(1), workspaceId, SPECS);
            if (specsJson.isEmpty()) {
                throw new StoreException("no stored workspace '" + workspaceId + "'", null);
            }
            SpecRegister specs = WorkspaceJson.specs(specsJson.get(0));
            if (specs.baseline(baseline.id()).isEmpty()) {
                List<Baseline> baselines = new ArrayList<>(specs.baselines());
                baselines.add(baseline);
                Jdbc.update(connection, "update workspace_part set content = ? where workspace_id = ? and name = ?",
                        WorkspaceJson.specs(new SpecRegister(baselines, specs.specs())), workspaceId, SPECS);
            }
            Jdbc.update(connection, "delete from release_register where workspace_id = ? and release_id = ?", workspaceId, release.release());
            Jdbc.update(connection, "insert into release_register (workspace_id, release_id, header) values (?, ?, ?)",
                    workspaceId, release.release(), WorkspaceJson.releaseHeader(release));
            insertRows(connection, workspaceId, release);
            GovernanceRows.appendAudit(connection, workspaceId, Instant.now(clock), actor, "release-added", "release",
                    release.release(), null, WorkspaceJson.releaseHeader(release) + "\nrows: " + release.impacts().stream()
                            .map(ImpactRow::id).collect(java.util.stream.Collectors.joining(", ")));
            return null;
        });
    }

    /**
     * Changes the register of specifications and the ingested text of its versions (what ingesting a version in the
     * browser does) in one transaction: {@code change} gets the stored register with its texts, read under the
     * workspace's lock (so two uploads at once both land), and returns the register to store, texts included. Audited
     * as {@code action} (e.g. "spec-version-ingested") on the specification {@code subject} (e.g. "DUIS:3.1") by
     * {@code actor}, with the register and the ingested versions before and after (each text's clause count, not
     * the text, which can run to megabytes). Refused when no workspace of that id is stored. Returns what was stored.
     */
    public SpecRegister changeSpecs(String workspaceId, java.util.function.UnaryOperator<SpecRegister> change, String actor,
                                    String action, String subject) {
        return Jdbc.inWriteTransaction(dataSource, "store the specifications of workspace '" + workspaceId + "'", connection -> {
            if (Jdbc.query(connection, "select id from workspace where id = ? for update", rs -> rs.getString(1), workspaceId).isEmpty()) {
                throw new StoreException("no stored workspace '" + workspaceId + "'", null);
            }
            String registerBefore = Jdbc.query(connection, "select content from workspace_part where workspace_id = ? and name = ?",
                    rs -> rs.getString(1), workspaceId, SPECS).stream().findFirst().orElse(null);
            List<ClauseTree> textsBefore = Jdbc.query(connection, "select content from spec_text where workspace_id = ? "
                    + "order by document, version", rs -> WorkspaceJson.clauseTree(rs.getString(1)), workspaceId);
            SpecRegister before = (registerBefore == null ? SpecRegister.empty() : WorkspaceJson.specs(registerBefore))
                    .withTexts(textsBefore);
            SpecRegister after = change.apply(before);
            String registerAfter = WorkspaceJson.specs(after);
            Jdbc.update(connection, "delete from workspace_part where workspace_id = ? and name = ?", workspaceId, SPECS);
            Jdbc.update(connection, "insert into workspace_part (workspace_id, name, content) values (?, ?, ?)",
                    workspaceId, SPECS, registerAfter);
            Jdbc.update(connection, "delete from spec_text where workspace_id = ?", workspaceId);
            insertSpecTexts(connection, workspaceId, after.texts());
            GovernanceRows.appendAudit(connection, workspaceId, Instant.now(clock), actor, action, "specification", subject,
                    (registerBefore == null ? "" : registerBefore) + textSummary(textsBefore),
                    registerAfter + textSummary(after.texts()));
            return after;
        });
    }

    /**
     * Applies {@code change} to the stored workspace, read under its lock, and stores what it changed of the register
     * of specifications and of the release impact registers (what drafting impact rows from a specification diff
     * changes: a register's new rows, a baseline), in one transaction; nothing else of the changed workspace is
     * stored, and a change that drops a release register is refused. Audited as {@code action} on {@code kind}
     * {@code subject} by {@code actor}, with each changed register's rows before and after. Returns the changed
     * workspace; when {@code change} changes nothing, nothing is written or audited.
     */
    public Workspace changeRegisters(String workspaceId, java.util.function.UnaryOperator<Workspace> change, String actor,
                                     String action, String kind, String subject) {
        return Jdbc.inWriteTransaction(dataSource, "store the registers of workspace '" + workspaceId + "'", connection -> {
            Jdbc.query(connection, "select id from workspace where id = ? for update", rs -> rs.getString(1), workspaceId);
            Workspace before = load(connection, workspaceId)
                    .orElseThrow(() -> new StoreException("no stored workspace '" + workspaceId + "'", null));
            Workspace after = change.apply(before);
            StringBuilder was = new StringBuilder();
            StringBuilder now = new StringBuilder();
            if (!after.specs().equals(before.specs())) {
                String register = WorkspaceJson.specs(after.specs());
                Jdbc.update(connection, "update workspace_part set content = ? where workspace_id = ? and name = ?",
                        register, workspaceId, SPECS);
                Jdbc.update(connection, "delete from spec_text where workspace_id = ?", workspaceId);
                insertSpecTexts(connection, workspaceId, after.specs().texts());
                was.append(WorkspaceJson.specs(before.specs())).append(textSummary(before.specs().texts())).append('\n');
                now.append(register).append(textSummary(after.specs().texts())).append('\n');
            }
            for (ReleaseImpacts release : before.releases()) {
                if (after.release(release.release()).isEmpty()) {
                    throw new StoreException("refused: the change would drop release " + release.release(), null);
                }
            }
            for (ReleaseImpacts release : after.releases()) {
                Optional<ReleaseImpacts> earlier = before.release(release.release());
                if (earlier.isPresent() && earlier.get().equals(release)) {
                    continue;
                }
                Jdbc.update(connection, "delete from release_register where workspace_id = ? and release_id = ?",
                        workspaceId, release.release());
                Jdbc.update(connection, "insert into release_register (workspace_id, release_id, header) values (?, ?, ?)",
                        workspaceId, release.release(), WorkspaceJson.releaseHeader(release));
                insertRows(connection, workspaceId, release);
                earlier.ifPresent(r -> was.append(rowsSummary(r)));
                now.append(rowsSummary(release));
            }
            if (!now.isEmpty()) {
                GovernanceRows.appendAudit(connection, workspaceId, Instant.now(clock), actor, action, kind, subject,
                        was.isEmpty() ? null : was.toString().strip(), now.toString().strip());
            }
            return after;
        });
    }

    /**
     * Replaces the workspace's plan, and nothing else, in one transaction: {@code change} gets the stored plan, read
     * under the workspace's lock, and returns the plan to store (it may throw to store nothing, e.g. when the plan is
     * no longer the one a preview was made from). Audited as {@code action} on the plan {@code subject} (e.g. the
     * imported file's name) by {@code actor}, with the whole plan before and after, so the trail can restore it.
     * Refused when no workspace of that id is stored; a change that changes nothing writes and audits nothing.
     * Returns what was stored.
     */
    public Plan changePlan(String workspaceId, java.util.function.UnaryOperator<Plan> change, String actor, String action,
                           String subject) {
        return Jdbc.inWriteTransaction(dataSource, "store the plan of workspace '" + workspaceId + "'", connection -> {
            if (Jdbc.query(connection, "select id from workspace where id = ? for update", rs -> rs.getString(1), workspaceId).isEmpty()) {
                throw new StoreException("no stored workspace '" + workspaceId + "'", null);
            }
            String before = Jdbc.query(connection, "select content from workspace_part where workspace_id = ? and name = ?",
                    rs -> rs.getString(1), workspaceId, PLAN).stream().findFirst().orElse(null);
            Plan stored = before == null ? Plan.empty() : WorkspaceJson.plan(before);
            Plan after = change.apply(stored);
            if (after.equals(stored)) {
                return stored;
            }
            String now = WorkspaceJson.plan(after);
            Jdbc.update(connection, "delete from workspace_part where workspace_id = ? and name = ?", workspaceId, PLAN);
            Jdbc.update(connection, "insert into workspace_part (workspace_id, name, content) values (?, ?, ?)",
                    workspaceId, PLAN, now);
            GovernanceRows.appendAudit(connection, workspaceId, Instant.now(clock), actor, action, "plan", subject, before, now);
            return after;
        });
    }

    /** A release register as the audit trail records a change to it: its header and its rows' ids and statuses. */
    private static String rowsSummary(ReleaseImpacts release) {
        return WorkspaceJson.releaseHeader(release) + "\nrows: " + release.impacts().stream()
                .map(r -> r.id() + " " + r.status().name().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.joining(", ")) + "\n";
    }

    /** The ingested versions as the audit trail records them: "texts: DUIS:3.0d3 (origin, 12 clauses), ...". */
    private static String textSummary(List<ClauseTree> texts) {
        return "\ntexts: " + (texts.isEmpty() ? "none" : texts.stream().map(t -> t.key() + " (" + t.origin() + ", "
                + t.clauses().size() + " clauses)").collect(java.util.stream.Collectors.joining(", ")));
    }

    /** How many rows each table holds for the workspace: what an import reports. */
    public Map<String, Integer> counts(String workspaceId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : List.of("section", "impact_row", "workspace_part", "picture")) {
            counts.put(table, query("select count(*) from " + table + " where workspace_id = ?",
                    ps -> ps.setString(1, workspaceId), rs -> rs.getInt(1)).get(0));
        }
        return counts;
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, Jdbc.RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(mapper.map(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("database query failed: " + e.getMessage(), e);
        }
    }
}
