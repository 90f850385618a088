package org.tadworkbench.spec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The register of specifications (specs.yaml) with the release baselines their versions belong to, and the
 * ingested text of the versions that have been read in ({@code texts}, specs/&lt;document&gt;/&lt;version&gt;/clauses.yaml),
 * kept in document and version order.
 */
public record SpecRegister(List<Baseline> baselines, List<Specification> specs, List<ClauseTree> texts) {
    public SpecRegister {
        baselines = List.copyOf(baselines);
        specs = List.copyOf(specs);
        texts = texts == null ? List.of() : texts.stream()
                .sorted(Comparator.comparing(ClauseTree::document).thenComparing(ClauseTree::version)).toList();
    }

    /** A register without ingested text. */
    public SpecRegister(List<Baseline> baselines, List<Specification> specs) {
        this(baselines, specs, List.of());
    }

    public static SpecRegister empty() {
        return new SpecRegister(List.of(), List.of());
    }

    public Optional<Specification> spec(String id) {
        return specs.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Baseline> baseline(String id) {
        return baselines.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** The ingested clause tree of one version, if it has been read in. */
    public Optional<ClauseTree> text(String document, String version) {
        return texts.stream().filter(t -> t.document().equals(document) && t.version().equals(version)).findFirst();
    }

    /** The ingested versions of one document, in the order the register lists its versions (then by name). */
    public List<ClauseTree> textsOf(String document) {
        List<String> order = spec(document).map(s -> s.versions().stream().map(SpecVersion::version).toList()).orElse(List.of());
        return texts.stream().filter(t -> t.document().equals(document))
                .sorted(Comparator.comparingInt((ClauseTree t) -> order.contains(t.version()) ? order.indexOf(t.version()) : Integer.MAX_VALUE)
                        .thenComparing(ClauseTree::version))
                .toList();
    }

    /** The register with the same entries and these texts. */
    public SpecRegister withTexts(List<ClauseTree> newTexts) {
        return new SpecRegister(baselines, specs, newTexts);
    }

    /** The register with this version's text added, replacing any text of the same version. */
    public SpecRegister withText(ClauseTree text) {
        List<ClauseTree> updated = new ArrayList<>(texts.stream()
                .filter(t -> !(t.document().equals(text.document()) && t.version().equals(text.version()))).toList());
        updated.add(text);
        return withTexts(updated);
    }

    /** The register with these entries, its texts kept. */
    public SpecRegister withSpecs(List<Specification> newSpecs) {
        return new SpecRegister(baselines, newSpecs, texts);
    }
}
