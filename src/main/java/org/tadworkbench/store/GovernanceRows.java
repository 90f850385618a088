package org.tadworkbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tadworkbench.review.AuditEntry;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.Consultation;
import org.tadworkbench.review.Decision;
import org.tadworkbench.review.Disposition;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.review.Governance;
import org.tadworkbench.review.Notice;
import org.tadworkbench.workspace.WorkspaceJson;

/** Governance rows of one workspace: read all, write all, or append one, on the caller's connection. */
final class GovernanceRows {

    private GovernanceRows() {
    }

    static Governance load(Connection c, String ws) throws SQLException {
        Map<String, DocumentState> states = new LinkedHashMap<>();
        Jdbc.query(c, "select version, state from version_state where workspace_id = ?",
                rs -> states.put(rs.getString(1), DocumentState.valueOf(rs.getString(2))), ws);
        return new Governance(states,
                Jdbc.query(c, "select payload from consultation where workspace_id = ? order by id",
                        rs -> WorkspaceJson.consultation(rs.getString(1)), ws),
                Jdbc.query(c, "select payload from comment where workspace_id = ? order by id",
                        rs -> WorkspaceJson.comment(rs.getString(1)), ws),
                Jdbc.query(c, "select payload from disposition where workspace_id = ? order by position",
                        rs -> WorkspaceJson.disposition(rs.getString(1)), ws),
                Jdbc.query(c, "select payload from decision where workspace_id = ? order by position",
                        rs -> WorkspaceJson.decision(rs.getString(1)), ws),
                Jdbc.query(c, "select payload from notice where workspace_id = ? order by id",
                        rs -> WorkspaceJson.notice(rs.getString(1)), ws),
                audit(c, ws));
    }

    static List<AuditEntry> audit(Connection c, String ws) throws SQLException {
        return Jdbc.query(c, "select sequence, at, actor, action, subject_kind, subject_id, before_text, after_text "
                + "from audit_entry where workspace_id = ? order by sequence", rs -> new AuditEntry(rs.getLong(1),
                Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8)), ws);
    }

    /** Writes a whole governance (an import); the workspace's rows must not exist yet. */
    static void insert(Connection c, String ws, Governance g) throws SQLException {
        for (Map.Entry<String, DocumentState> state : g.states().entrySet()) {
            setState(c, ws, state.getKey(), state.getValue());
        }
        for (Consultation consultation : g.consultations()) {
            insert(c, ws, consultation);
        }
        for (Comment comment : g.comments()) {
            insert(c, ws, comment);
        }
        int position = 1;
        for (Disposition disposition : g.dispositions()) {
            insert(c, ws, disposition, position++);
        }
        position = 1;
        for (Decision decision : g.decisions()) {
            insert(c, ws, decision, position++);
        }
        for (Notice notice : g.notices()) {
            insert(c, ws, notice);
        }
        for (AuditEntry entry : g.audit()) {
            insert(c, ws, entry);
        }
    }

    static void setState(Connection c, String ws, String version, DocumentState state) throws SQLException {
        if (Jdbc.update(c, "update version_state set state = ? where workspace_id = ? and version = ?", state.name(), ws, version) == 0) {
            Jdbc.update(c, "insert into version_state (workspace_id, version, state) values (?, ?, ?)", ws, version, state.name());
        }
    }

    static void insert(Connection c, String ws, Consultation x) throws SQLException {
        Jdbc.update(c, "insert into consultation (workspace_id, id, version, opens, closes, payload) values (?, ?, ?, ?, ?, ?)",
                ws, x.id(), x.version(), java.sql.Date.valueOf(x.opens()), java.sql.Date.valueOf(x.closes()), WorkspaceJson.consultation(x));
    }

    static void insert(Connection c, String ws, Comment x) throws SQLException {
        Jdbc.update(c, "insert into comment (workspace_id, id, version, consultation_id, author, payload) values (?, ?, ?, ?, ?, ?)",
                ws, x.id(), x.version(), x.consultationId(), x.author(), WorkspaceJson.comment(x));
    }

    static void insert(Connection c, String ws, Disposition x, int position) throws SQLException {
        Jdbc.update(c, "insert into disposition (workspace_id, position, comment_id, outcome, payload) values (?, ?, ?, ?, ?)",
                ws, position, x.commentId(), x.outcome().name(), WorkspaceJson.disposition(x));
    }

    static void insert(Connection c, String ws, Decision x, int position) throws SQLException {
        Jdbc.update(c, "insert into decision (workspace_id, position, version, outcome, payload) values (?, ?, ?, ?, ?)",
                ws, position, x.version(), x.outcome().name(), WorkspaceJson.decision(x));
    }

    static void insert(Connection c, String ws, Notice x) throws SQLException {
        Jdbc.update(c, "insert into notice (workspace_id, id, version, state, payload) values (?, ?, ?, ?, ?)",
                ws, x.id(), x.version(), x.state().name(), WorkspaceJson.notice(x));
    }

    static void insert(Connection c, String ws, AuditEntry x) throws SQLException {
        Jdbc.update(c, "insert into audit_entry (workspace_id, sequence, at, actor, action, subject_kind, subject_id, "
                + "before_text, after_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", ws, x.sequence(), x.at().toString(),
                x.actor(), x.action(), x.subjectKind(), x.subjectId(), x.before(), x.after());
    }

    /**
     * Appends an entry to the workspace's audit trail at the next sequence number. The caller holds the workspace
     * row lock (so sequence numbers are never shared) and writes the change in the same transaction.
     */
    static AuditEntry appendAudit(Connection c, String ws, Instant at, String actor, String action, String kind,
                                  String id, String before, String after) throws SQLException {
        AuditEntry entry = new AuditEntry(next(c, "audit_entry", "sequence", ws), at, actor, action, kind, id, before, after);
        insert(c, ws, entry);
        return entry;
    }

    /** The next number of a per-workspace counter column; safe because writers hold the workspace row lock. */
    static long next(Connection c, String table, String column, String ws) throws SQLException {
        return Jdbc.query(c, "select coalesce(max(" + column + "), 0) + 1 from " + table + " where workspace_id = ?",
                rs -> rs.getLong(1), ws).get(0);
    }
}
