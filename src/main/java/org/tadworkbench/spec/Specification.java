package org.tadworkbench.spec;

import java.util.List;

/** An entry of the register of specifications: an SEC section or appendix, or a Technical Code Specification. */
public record Specification(String id, String title, SpecKind kind, String appendix, List<SpecVersion> versions) {
    public Specification {
        versions = List.copyOf(versions);
    }
}
