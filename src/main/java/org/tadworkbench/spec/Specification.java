package org.tadworkbench.spec;

import java.util.List;
import java.util.Objects;

/**
 * An entry of the register of specifications: an SEC section or appendix, or a Technical Code Specification.
 * {@code note} says what the register does not know about the document (for example that no baselined version is
 * recorded), so an empty version list is never mistaken for an oversight.
 */
public record Specification(String id, String title, SpecKind kind, SpecDesignation designation, String appendix,
                            String note, List<SpecVersion> versions) {
    public Specification {
        designation = Objects.requireNonNullElse(designation, SpecDesignation.OTHER);
        versions = List.copyOf(versions);
    }

    /** An entry outside the SEC's Technical Code Specifications, with nothing left unsaid. */
    public Specification(String id, String title, SpecKind kind, String appendix, List<SpecVersion> versions) {
        this(id, title, kind, SpecDesignation.OTHER, appendix, null, versions);
    }

    /** Whether some version of this document belongs to the release baseline with that id. */
    public boolean hasVersionIn(String baseline) {
        return versions.stream().anyMatch(v -> baseline.equals(v.baseline()));
    }
}
