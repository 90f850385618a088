package org.tadworkbench.workspace.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ImpactStatus;
import org.tadworkbench.impact.ImpactTarget;
import org.tadworkbench.impact.ReleaseImpacts;
import org.yaml.snakeyaml.nodes.Node;

/** releases/&lt;id&gt;/impacts.yaml: a release's impact assessment rows. */
public final class ImpactsCodec {

    private static final Set<String> HEADER = Set.of("release", "title", "notes", "impacts");
    private static final Set<String> ROW = Set.of("id", "document", "version", "clause", "clauseTitle", "section",
            "target", "sectionTitle", "change", "status", "note", "owner", "estimate", "actual", "realisedBy");

    private ImpactsCodec() {
    }

    public static ReleaseImpacts read(Node root, ReadContext ctx) {
        MapReader m = new MapReader(ctx, root, "release impacts", HEADER);
        ReleaseImpacts release = new ReleaseImpacts(m.required("release"), m.optional("title"), m.strings("notes"),
                m.list("impacts", n -> row(n, ctx)));
        m.locate(release);
        return release;
    }

    public static ImpactRow row(Node node, ReadContext ctx) {
        MapReader m = new MapReader(ctx, node, "impact row", ROW);
        String section = m.required("section");
        ImpactRow row = new ImpactRow(m.required("id"), m.required("document"), m.optional("version"),
                m.optional("clause"), m.optional("clauseTitle"), section,
                ImpactRow.NO_IMPACT.equals(section) ? m.optionalEnum("target", ImpactTarget.class)
                        : m.enumValue("target", ImpactTarget.class, ImpactTarget.SECTION),
                m.optional("sectionTitle"), m.required("change"), m.enumValue("status", ImpactStatus.class, null),
                m.optional("note"), m.optional("owner"), m.decimal("estimate", false), m.decimal("actual", false),
                m.strings("realisedBy"));
        return m.locate(row) ? row : null;
    }

    /** The release's own fields, without its rows. */
    public static Map<String, Object> writeHeader(ReleaseImpacts release) {
        return Tree.map().put("release", release.release()).opt("title", release.title())
                .opt("notes", release.notes()).build();
    }

    public static Map<String, Object> writeRow(ImpactRow r) {
        return Tree.map().put("id", r.id()).put("document", r.document()).opt("version", r.version())
                .opt("clause", r.clause()).opt("clauseTitle", r.clauseTitle()).put("section", r.section())
                .opt("target", r.hasImpact() ? r.target() : null).opt("sectionTitle", r.sectionTitle())
                .put("change", r.change()).put("status", r.status()).opt("note", r.note()).opt("owner", r.owner())
                .opt("estimate", r.estimate()).opt("actual", r.actual()).opt("realisedBy", r.realisedBy()).build();
    }

    public static Map<String, Object> write(ReleaseImpacts release) {
        Map<String, Object> tree = writeHeader(release);
        tree.put("impacts", release.impacts().stream().map(ImpactsCodec::writeRow).toList());
        return tree;
    }

    public static ReleaseImpacts withRows(ReleaseImpacts header, List<ImpactRow> rows) {
        return new ReleaseImpacts(header.release(), header.title(), header.notes(), rows);
    }
}
