package org.tadworkbench.workspace.internal;

import java.util.Map;
import java.util.Set;
import org.tadworkbench.document.DocumentManifest;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.VersionStatus;
import org.yaml.snakeyaml.nodes.Node;

/** workspace.yaml: the document's identity and versions. */
public final class ManifestCodec {

    private ManifestCodec() {
    }

    public static DocumentManifest read(Node root, ReadContext ctx) {
        MapReader m = new MapReader(ctx, root, "workspace",
                Set.of("id", "title", "owner", "classification", "description", "versions"));
        DocumentManifest manifest = new DocumentManifest(m.required("id"), m.required("title"), m.required("owner"),
                m.required("classification"), m.optional("description"), m.list("versions", n -> version(n, ctx)));
        m.locate(manifest);
        return manifest;
    }

    private static DocumentVersion version(Node node, ReadContext ctx) {
        MapReader m = new MapReader(ctx, node, "version", Set.of("version", "status", "date", "release", "summary"));
        DocumentVersion version = new DocumentVersion(m.required("version"), m.enumValue("status", VersionStatus.class, null),
                m.date("date", true), m.optional("release"), m.optional("summary"));
        return m.locate(version) ? version : null;
    }

    public static Map<String, Object> write(DocumentManifest manifest) {
        return Tree.map().put("id", manifest.id()).put("title", manifest.title()).put("owner", manifest.owner())
                .put("classification", manifest.classification()).opt("description", manifest.description())
                .put("versions", manifest.versions().stream().map(v -> Tree.map().put("version", v.version())
                        .put("status", v.status()).put("date", v.date()).opt("release", v.release())
                        .opt("summary", v.summary()).build()).toList())
                .build();
    }
}
