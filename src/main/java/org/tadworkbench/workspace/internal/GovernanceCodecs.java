package org.tadworkbench.workspace.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.tadworkbench.review.AuditEntry;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.CommentTarget;
import org.tadworkbench.review.Consultation;
import org.tadworkbench.review.Decision;
import org.tadworkbench.review.Disposition;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.review.Notice;
import org.tadworkbench.review.ReviewException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * review/*.yaml: the governance of the document (states, consultations, comments, dispositions, decisions,
 * notices, audit trail). A record that breaks its rules (e.g. a consultation shorter than 20 Working Days, a
 * rejection without reason) is reported on its line like any schema error.
 */
public final class GovernanceCodecs {

    private GovernanceCodecs() {
    }

    /** One version's state, as states.yaml lists it. */
    public record VersionState(String version, DocumentState state) {
    }

    public static List<VersionState> readStates(Node root, ReadContext ctx) {
        return new MapReader(ctx, root, "states", Set.of("states")).list("states", n -> {
            MapReader m = new MapReader(ctx, n, "version state", Set.of("version", "state"));
            VersionState state = new VersionState(m.required("version"), m.enumValue("state", DocumentState.class, null));
            return m.locate(state) ? state : null;
        });
    }

    public static Map<String, Object> writeStates(Map<String, DocumentState> states) {
        return Tree.map().put("states", states.entrySet().stream().map(e -> Tree.map().put("version", e.getKey())
                .put("state", e.getValue()).build()).toList()).build();
    }

    public static List<Consultation> readConsultations(Node root, ReadContext ctx) {
        return new MapReader(ctx, root, "consultations", Set.of("consultations")).list("consultations", n -> {
            int mark = ctx.findings().size();
            MapReader m = new MapReader(ctx, n, "consultation", Set.of("id", "version", "audience", "opens", "closes", "questions"));
            Long id = id(m, ctx, "id", true);
            return build(mark, m, ctx, "consultation", () -> Consultation.plan(id, m.required("version"), m.strings("audience"),
                    m.date("opens", true), m.date("closes", true), m.strings("questions")));
        });
    }

    public static Map<String, Object> writeConsultations(List<Consultation> consultations) {
        return Tree.map().put("consultations", consultations.stream().map(c -> Tree.map().put("id", c.id())
                .put("version", c.version()).put("audience", c.audience()).put("opens", c.opens())
                .put("closes", c.closes()).opt("questions", c.questions()).build()).toList()).build();
    }

    public static List<Comment> readComments(Node root, ReadContext ctx) {
        return new MapReader(ctx, root, "comments", Set.of("comments")).list("comments", n -> {
            int mark = ctx.findings().size();
            MapReader m = new MapReader(ctx, n, "comment", Set.of("id", "version", "target", "targetRef", "author",
                    "organisation", "partyCategory", "text", "proposedChange", "createdAt", "consultation", "replyTo", "resolved",
                    "quote", "source"));
            Long id = id(m, ctx, "id", true);
            Long consultation = id(m, ctx, "consultation", false);
            Instant at = instant(m, ctx, "createdAt");
            Long replyTo = id(m, ctx, "replyTo", false);
            boolean resolved = Boolean.parseBoolean(m.optional("resolved"));
            return build(mark, m, ctx, "comment", () -> new Comment(id, m.required("version"),
                    m.enumValue("target", CommentTarget.class, null), m.optional("targetRef"), m.required("author"),
                    m.optional("organisation"), m.optional("partyCategory"), m.required("text"),
                    m.optional("proposedChange"), at, consultation, replyTo, resolved, m.optional("quote"),
                    m.optional("source")));
        });
    }

    public static Map<String, Object> writeComments(List<Comment> comments) {
        return Tree.map().put("comments", comments.stream().map(c -> Tree.map().put("id", c.id())
                .put("version", c.version()).put("target", c.target()).opt("targetRef", c.targetRef())
                .put("author", c.author()).opt("organisation", c.organisation()).opt("partyCategory", c.partyCategory())
                .put("text", c.text()).opt("proposedChange", c.proposedChange()).put("createdAt", c.createdAt().toString())
                .opt("consultation", c.consultationId()).opt("replyTo", c.replyTo())
                .opt("resolved", c.resolved() ? Boolean.TRUE : null).opt("quote", c.quote()).opt("source", c.source())
                .build()).toList()).build();
    }

    public static List<Disposition> readDispositions(Node root, ReadContext ctx) {
        return new MapReader(ctx, root, "dispositions", Set.of("dispositions")).list("dispositions", n -> {
            int mark = ctx.findings().size();
            MapReader m = new MapReader(ctx, n, "disposition", Set.of("comment", "outcome", "response", "reason",
                    "section", "sectionRevision", "by", "at"));
            Long comment = id(m, ctx, "comment", true);
            Long revision = id(m, ctx, "sectionRevision", false);
            Instant at = instant(m, ctx, "at");
            return build(mark, m, ctx, "disposition", () -> new Disposition(comment,
                    m.enumValue("outcome", Disposition.Outcome.class, null), m.required("response"), m.optional("reason"),
                    m.optional("section"), revision == null ? null : revision.intValue(), m.required("by"), at));
        });
    }

    public static Map<String, Object> writeDispositions(List<Disposition> dispositions) {
        return Tree.map().put("dispositions", dispositions.stream().map(d -> Tree.map().put("comment", d.commentId())
                .put("outcome", d.outcome()).put("response", d.response()).opt("reason", d.reason())
                .opt("section", d.sectionNumber()).opt("sectionRevision", d.sectionRevision()).put("by", d.by())
                .put("at", d.at().toString()).build()).toList()).build();
    }

    public static List<Decision> readDecisions(Node root, ReadContext ctx) {
        return new MapReader(ctx, root, "decisions", Set.of("decisions")).list("decisions", n -> {
            int mark = ctx.findings().size();
            MapReader m = new MapReader(ctx, n, "decision", Set.of("version", "outcome", "date", "minute", "by",
                    "correction"));
            return build(mark, m, ctx, "decision", () -> new Decision(m.required("version"),
                    m.enumValue("outcome", Decision.Outcome.class, null), m.date("date", true), m.required("minute"),
                    m.required("by"), m.optional("correction")));
        });
    }

    public static Map<String, Object> writeDecisions(List<Decision> decisions) {
        return Tree.map().put("decisions", decisions.stream().map(d -> Tree.map().put("version", d.version())
                .put("outcome", d.outcome()).put("date", d.date()).put("minute", d.minuteReference()).put("by", d.by())
                .opt("correction", d.correction()).build()).toList()).build();
    }

    public static List<Notice> readNotices(Node root, ReadContext ctx) {
        return new MapReader(ctx, root, "notices", Set.of("notices")).list("notices", n -> {
            int mark = ctx.findings().size();
            MapReader m = new MapReader(ctx, n, "notice", Set.of("id", "version", "date", "text", "recipients", "state"));
            Long id = id(m, ctx, "id", true);
            return build(mark, m, ctx, "notice", () -> new Notice(id, m.required("version"), m.date("date", true),
                    m.required("text"), m.strings("recipients"), m.enumValue("state", Notice.State.class, null)));
        });
    }

    public static Map<String, Object> writeNotices(List<Notice> notices) {
        return Tree.map().put("notices", notices.stream().map(n -> Tree.map().put("id", n.id())
                .put("version", n.version()).put("date", n.date()).put("text", n.text())
                .opt("recipients", n.recipients()).put("state", n.state()).build()).toList()).build();
    }

    public static List<AuditEntry> readAudit(Node root, ReadContext ctx) {
        return new MapReader(ctx, root, "audit trail", Set.of("audit")).list("audit", n -> {
            int mark = ctx.findings().size();
            MapReader m = new MapReader(ctx, n, "audit entry", Set.of("sequence", "at", "actor", "action", "subject",
                    "subjectId", "before", "after"));
            Long sequence = id(m, ctx, "sequence", true);
            Instant at = instant(m, ctx, "at");
            return build(mark, m, ctx, "audit entry", () -> new AuditEntry(sequence, at, m.required("actor"), m.required("action"),
                    m.required("subject"), m.required("subjectId"), m.optional("before"), m.optional("after")));
        });
    }

    public static Map<String, Object> writeAudit(List<AuditEntry> audit) {
        return Tree.map().put("audit", audit.stream().map(a -> Tree.map().put("sequence", a.sequence())
                .put("at", a.at().toString()).put("actor", a.actor()).put("action", a.action())
                .put("subject", a.subjectKind()).put("subjectId", a.subjectId()).opt("before", a.before())
                .opt("after", a.after()).build()).toList()).build();
    }

    /** The record, or null when the item had findings or breaks its record's rules (reported on its line). */
    private static <T> T build(int mark, MapReader m, ReadContext ctx, String what, Supplier<T> record) {
        if (ctx.findings().size() > mark) {
            return null;
        }
        try {
            T value = record.get();
            m.locate(value);
            return ctx.findings().size() > mark ? null : value;
        } catch (ReviewException | NullPointerException e) {
            if (ctx.findings().size() == mark) {
                ctx.error(m.line(), "schema", what + ": " + (e instanceof ReviewException ? e.getMessage()
                        : "a required field is missing or unreadable"));
            }
            return null;
        }
    }

    /** A whole number of at least 1 (ids, sequence numbers, revisions); null when absent or unreadable. */
    private static Long id(MapReader m, ReadContext ctx, String key, boolean required) {
        String text = required ? m.required(key) : m.optional(key);
        if (text == null) {
            return null;
        }
        try {
            long value = Long.parseLong(text);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        ctx.error(m.fieldLines().getOrDefault(key, m.line()), "schema", key + " '" + text + "' is not a whole number of at least 1");
        return null;
    }

    private static Instant instant(MapReader m, ReadContext ctx, String key) {
        String text = m.required(key);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            ctx.error(m.fieldLines().getOrDefault(key, m.line()), "schema", key + " '" + text
                    + "' is not a UTC time (YYYY-MM-DDTHH:MM:SSZ)");
            return null;
        }
    }
}
