package org.tadworkbench.spec;

import java.util.List;
import java.util.Optional;

/** The register of specifications (specs.yaml) with the release baselines their versions belong to. */
public record SpecRegister(List<Baseline> baselines, List<Specification> specs) {
    public SpecRegister {
        baselines = List.copyOf(baselines);
        specs = List.copyOf(specs);
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
}
