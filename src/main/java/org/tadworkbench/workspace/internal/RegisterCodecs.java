package org.tadworkbench.workspace.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadworkbench.document.DocumentReference;
import org.tadworkbench.document.GlossaryTerm;
import org.tadworkbench.spec.Baseline;
import org.tadworkbench.spec.SpecDesignation;
import org.tadworkbench.spec.SpecKind;
import org.tadworkbench.spec.SpecRegister;
import org.tadworkbench.spec.SpecStatus;
import org.tadworkbench.spec.SpecVersion;
import org.tadworkbench.spec.Specification;
import org.yaml.snakeyaml.nodes.Node;

/** glossary.yaml, references.yaml and specs.yaml: the document's registers. */
public final class RegisterCodecs {

    private RegisterCodecs() {
    }

    public static List<GlossaryTerm> readGlossary(Node root, ReadContext ctx) {
        return new MapReader(ctx, root, "glossary", Set.of("terms")).list("terms", n -> {
            MapReader m = new MapReader(ctx, n, "glossary term", Set.of("term", "definition", "deprecated", "severity", "allowed", "reference"));
            GlossaryTerm term = new GlossaryTerm(m.required("term"), m.required("definition"), m.strings("deprecated"),
                    m.enumValue("severity", GlossaryTerm.Severity.class, GlossaryTerm.Severity.WARNING),
                    m.strings("allowed"), m.optional("reference"));
            return m.locate(term) ? term : null;
        });
    }

    /** Severity is written only when it is not the default (warning), so existing files stay canonical. */
    public static Map<String, Object> writeGlossary(List<GlossaryTerm> terms) {
        return Tree.map().put("terms", terms.stream().map(t -> Tree.map().put("term", t.term())
                .put("definition", t.definition()).opt("deprecated", t.deprecated())
                .opt("severity", t.severity() == GlossaryTerm.Severity.WARNING ? null : t.severity())
                .opt("allowed", t.allowed()).opt("reference", t.reference())
                .build()).toList()).build();
    }

    public static List<DocumentReference> readReferences(Node root, ReadContext ctx) {
        return new MapReader(ctx, root, "references", Set.of("references")).list("references", n -> {
            MapReader m = new MapReader(ctx, n, "document reference", Set.of("id", "title", "spec", "publisher", "url"));
            DocumentReference ref = new DocumentReference(m.required("id"), m.required("title"), m.optional("spec"),
                    m.optional("publisher"), m.optional("url"));
            return m.locate(ref) ? ref : null;
        });
    }

    public static Map<String, Object> writeReferences(List<DocumentReference> references) {
        return Tree.map().put("references", references.stream().map(r -> Tree.map().put("id", r.id())
                .put("title", r.title()).opt("spec", r.spec()).opt("publisher", r.publisher()).opt("url", r.url())
                .build()).toList()).build();
    }

    public static SpecRegister readSpecs(Node root, ReadContext ctx) {
        MapReader m = new MapReader(ctx, root, "specification register", Set.of("baselines", "specs"));
        List<Baseline> baselines = m.list("baselines", n -> {
            MapReader b = new MapReader(ctx, n, "baseline", Set.of("id", "title", "date"));
            Baseline baseline = new Baseline(b.required("id"), b.required("title"), b.date("date", false));
            return b.locate(baseline) ? baseline : null;
        });
        List<Specification> specs = m.list("specs", n -> {
            MapReader s = new MapReader(ctx, n, "specification",
                    Set.of("id", "title", "kind", "designation", "appendix", "note", "versions"));
            Specification spec = new Specification(s.required("id"), s.required("title"),
                    s.enumValue("kind", SpecKind.class, null),
                    s.enumValue("designation", SpecDesignation.class, SpecDesignation.OTHER),
                    s.optional("appendix"), s.optional("note"), s.list("versions", v -> {
                        MapReader r = new MapReader(ctx, v, "specification version",
                                Set.of("version", "label", "baseline", "status", "note"));
                        SpecVersion version = new SpecVersion(r.required("version"), r.optional("label"),
                                r.optional("baseline"), r.enumValue("status", SpecStatus.class, null), r.optional("note"));
                        return r.locate(version) ? version : null;
                    }));
            return s.locate(spec) ? spec : null;
        });
        return new SpecRegister(baselines, specs);
    }

    /** Designation is written only when it is not the default (other), so existing files stay canonical. */
    public static Map<String, Object> writeSpecs(SpecRegister register) {
        return Tree.map()
                .put("baselines", register.baselines().stream().map(b -> Tree.map().put("id", b.id())
                        .put("title", b.title()).opt("date", b.date()).build()).toList())
                .put("specs", register.specs().stream().map(s -> Tree.map().put("id", s.id()).put("title", s.title())
                        .put("kind", s.kind())
                        .opt("designation", s.designation() == SpecDesignation.OTHER ? null : s.designation())
                        .opt("appendix", s.appendix()).opt("note", s.note())
                        .put("versions", s.versions().stream().map(v -> Tree.map().put("version", v.version())
                                .opt("label", v.label()).opt("baseline", v.baseline()).put("status", v.status())
                                .opt("note", v.note()).build()).toList())
                        .build()).toList())
                .build();
    }
}
