package org.tadworkbench.workspace.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecClause;
import org.yaml.snakeyaml.nodes.Node;

/** specs/&lt;document&gt;/&lt;version&gt;/clauses.yaml: the ingested clause tree of one specification version. */
public final class ClauseTreeCodec {

    private ClauseTreeCodec() {
    }

    public static ClauseTree read(Node root, ReadContext ctx) {
        MapReader m = new MapReader(ctx, root, "clause tree", Set.of("document", "version", "origin", "clauses"));
        String document = m.required("document");
        String version = m.required("version");
        String origin = m.optional("origin");
        List<SpecClause> clauses = m.list("clauses", n -> {
            MapReader c = new MapReader(ctx, n, "clause", Set.of("number", "title", "level", "source", "text"));
            String number = c.optional("number");
            String title = c.optional("title");
            Integer level = c.integer("level", 1, 20);
            String source = c.optional("source");
            String text = c.optional("text");
            SpecClause clause = new SpecClause(number, title, level == null ? 1 : level, text, source);
            return c.locate(clause) ? clause : null;
        });
        ClauseTree tree = new ClauseTree(document, version, origin, clauses);
        return m.locate(tree) ? tree : null;
    }

    /** Empty numbers, titles and texts are left out, so an unnumbered clause reads as one. */
    public static Map<String, Object> write(ClauseTree tree) {
        return Tree.map().put("document", tree.document()).put("version", tree.version()).opt("origin", tree.origin())
                .put("clauses", tree.clauses().stream().map(c -> Tree.map()
                        .opt("number", c.number().isEmpty() ? null : c.number())
                        .opt("title", c.title().isEmpty() ? null : c.title())
                        .put("level", c.level())
                        .opt("source", c.source())
                        .opt("text", c.text().isEmpty() ? null : c.text())
                        .build()).toList())
                .build();
    }
}
