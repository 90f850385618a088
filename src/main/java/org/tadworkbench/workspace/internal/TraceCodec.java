package org.tadworkbench.workspace.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadworkbench.impact.TraceKind;
import org.tadworkbench.impact.TraceLink;
import org.yaml.snakeyaml.nodes.Node;

/** traces.yaml: links from sections and model elements to specification clauses. */
public final class TraceCodec {

    private TraceCodec() {
    }

    public static List<TraceLink> read(Node root, ReadContext ctx) {
        return new MapReader(ctx, root, "traces", Set.of("traces")).list("traces", n -> {
            MapReader m = new MapReader(ctx, n, "trace", Set.of("section", "element", "document", "version", "clause", "kind"));
            TraceLink trace = new TraceLink(m.optional("section"), m.optional("element"), m.required("document"),
                    m.optional("version"), m.required("clause"), m.enumValue("kind", TraceKind.class, null));
            return m.locate(trace) ? trace : null;
        });
    }

    public static Map<String, Object> write(List<TraceLink> traces) {
        return Tree.map().put("traces", traces.stream().map(t -> Tree.map().opt("section", t.section())
                .opt("element", t.element()).put("document", t.document()).opt("version", t.version())
                .put("clause", t.clause()).put("kind", t.kind()).build()).toList()).build();
    }
}
