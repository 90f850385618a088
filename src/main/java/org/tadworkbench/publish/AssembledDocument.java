package org.tadworkbench.publish;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.DocumentManifest;
import org.tadworkbench.document.DocumentReference;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.GlossaryTerm;
import org.tadworkbench.document.Picture;

/**
 * Everything a renderer needs to publish one version of the document in one variant, in the order it is read.
 * Renderers (HTML, PDF, DOCX) turn this into bytes and never look at the workspace themselves.
 * {@code date} is the version's date: builds are stamped with it, never with the clock, so they are reproducible.
 * {@code figures} are keyed by view id; {@code pictures} (the image files the sections show, figures/...) by path;
 * {@code history} is the version history up to this version.
 */
public record AssembledDocument(DocumentManifest manifest, DocumentVersion version, Applicability variant, LocalDate date,
                                String classificationMarking, List<DocumentVersion> history, List<AssembledSection> sections,
                                List<GlossaryTerm> glossary, List<DocumentReference> references, Map<String, Figure> figures,
                                String modelVersion, Map<String, Picture> pictures) {

    /** A document that shows no pictures. */
    public AssembledDocument(DocumentManifest manifest, DocumentVersion version, Applicability variant, LocalDate date,
                             String classificationMarking, List<DocumentVersion> history, List<AssembledSection> sections,
                             List<GlossaryTerm> glossary, List<DocumentReference> references, Map<String, Figure> figures,
                             String modelVersion) {
        this(manifest, version, variant, date, classificationMarking, history, sections, glossary, references, figures,
                modelVersion, Map.of());
    }

    public AssembledDocument {
        pictures = Map.copyOf(pictures);
        history = List.copyOf(history);
        sections = List.copyOf(sections);
        glossary = List.copyOf(glossary);
        references = List.copyOf(references);
        figures = Map.copyOf(figures);
    }

    /** "Technical Architecture Document v3.0 (SMETS1)". */
    public String fullTitle() {
        return manifest.title() + " v" + version.version() + switch (variant) {
            case SMETS1 -> " (SMETS1)";
            case SMETS2PLUS -> " (SMETS2+)";
            case BOTH -> "";
        };
    }
}
