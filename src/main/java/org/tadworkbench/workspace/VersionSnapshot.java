package org.tadworkbench.workspace;

import java.util.List;
import java.util.Optional;
import org.tadworkbench.document.DocumentReference;
import org.tadworkbench.document.GlossaryTerm;
import org.tadworkbench.document.Section;
import org.tadworkbench.model.ArchitectureModel;

/**
 * An earlier version as it was published (versions/&lt;version&gt;/): its frozen text, and the registers that stood
 * beside it (model/, glossary.yaml, references.yaml), kept so that any two versions can be compared and rebuilt with
 * their own figures and terms. The version being drafted is the workspace's own files. A register that was not kept
 * is null (older snapshots hold only sections): the version is then built with today's, and lint says so.
 */
public record VersionSnapshot(String version, List<Section> sections, ArchitectureModel model,
                              List<GlossaryTerm> glossary, List<DocumentReference> references) {
    public VersionSnapshot {
        sections = List.copyOf(sections);
        glossary = glossary == null ? null : List.copyOf(glossary);
        references = references == null ? null : List.copyOf(references);
    }

    /** A snapshot of the text alone. */
    public VersionSnapshot(String version, List<Section> sections) {
        this(version, sections, null, null, null);
    }

    public Optional<ArchitectureModel> keptModel() {
        return Optional.ofNullable(model);
    }

    public Optional<List<GlossaryTerm>> keptGlossary() {
        return Optional.ofNullable(glossary);
    }

    public Optional<List<DocumentReference>> keptReferences() {
        return Optional.ofNullable(references);
    }

    public VersionSnapshot withSections(List<Section> newSections) {
        return new VersionSnapshot(version, newSections, model, glossary, references);
    }
}
