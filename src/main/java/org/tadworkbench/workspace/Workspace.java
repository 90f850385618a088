package org.tadworkbench.workspace;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tadworkbench.document.DocumentManifest;
import org.tadworkbench.document.DocumentReference;
import org.tadworkbench.document.GlossaryTerm;
import org.tadworkbench.document.Picture;
import org.tadworkbench.document.Section;
import org.tadworkbench.document.SectionNumber;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.impact.TraceLink;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.review.Governance;
import org.tadworkbench.spec.SpecRegister;

/**
 * Everything a workspace folder holds, as one value. Sections are kept in outline order; releases by id.
 * Optional files that are absent read as empty values and are not written back. {@code traces} are the
 * traceability links (traces.yaml) from sections and model elements to specification clauses; {@code snapshots}
 * earlier versions as published (versions/&lt;version&gt;/: sections, model, glossary, references); {@code governance} the review
 * workflow's record (review/*.yaml: states, consultations, comments, dispositions, decisions, notices, audit trail);
 * {@code pictures} the image files under figures/ that sections show (figures/V/... for a snapshot's text), by path.
 */
public record Workspace(DocumentManifest manifest, List<Section> sections, List<GlossaryTerm> glossary,
                        List<DocumentReference> references, SpecRegister specs, List<ReleaseImpacts> releases,
                        Plan plan, RaidLog raid, ArchitectureModel model, List<TraceLink> traces,
                        List<VersionSnapshot> snapshots, Governance governance, List<Picture> pictures) {

    public Workspace {
        sections = inOutlineOrder(sections);
        glossary = List.copyOf(glossary);
        references = List.copyOf(references);
        releases = releases.stream().sorted(Comparator.comparing(ReleaseImpacts::release)).toList();
        traces = List.copyOf(traces);
        snapshots = snapshots.stream().map(v -> v.withSections(inOutlineOrder(v.sections())))
                .sorted(Comparator.comparing((VersionSnapshot v) -> orderKey(v.version())))
                .toList();
        governance = governance == null ? Governance.empty() : governance;
        pictures = pictures.stream().sorted(Comparator.comparing(Picture::path)).toList();
    }

    /** A workspace without pictures. */
    public Workspace(DocumentManifest manifest, List<Section> sections, List<GlossaryTerm> glossary,
                     List<DocumentReference> references, SpecRegister specs, List<ReleaseImpacts> releases,
                     Plan plan, RaidLog raid, ArchitectureModel model, List<TraceLink> traces,
                     List<VersionSnapshot> snapshots, Governance governance) {
        this(manifest, sections, glossary, references, specs, releases, plan, raid, model, traces, snapshots, governance, List.of());
    }

    /** Sections by number (4.10 after 4.9), malformed numbers last; each number is parsed once, not per comparison. */
    private static List<Section> inOutlineOrder(List<Section> sections) {
        record Keyed(SectionNumber key, Section section) {
        }
        return sections.stream().map(s -> new Keyed(orderKey(s.number()), s))
                .sorted(Comparator.comparing(Keyed::key).thenComparing(k -> k.section().number()))
                .map(Keyed::section).toList();
    }

    private static SectionNumber orderKey(String number) {
        return SectionNumber.isWellFormed(number) ? SectionNumber.parse(number) : new SectionNumber(new int[] {Integer.MAX_VALUE});
    }

    /** A workspace without governance (no review/ folder). */
    public Workspace(DocumentManifest manifest, List<Section> sections, List<GlossaryTerm> glossary,
                     List<DocumentReference> references, SpecRegister specs, List<ReleaseImpacts> releases,
                     Plan plan, RaidLog raid, ArchitectureModel model, List<TraceLink> traces,
                     List<VersionSnapshot> snapshots) {
        this(manifest, sections, glossary, references, specs, releases, plan, raid, model, traces, snapshots, Governance.empty(), List.of());
    }

    /** The picture at this path in the workspace (figures/x.png), if the workspace holds it. */
    public Optional<Picture> picture(String path) {
        return pictures.stream().filter(p -> p.path().equals(path)).findFirst();
    }

    /** The workspace with these pictures instead of its own. */
    public Workspace withPictures(List<Picture> newPictures) {
        return new Workspace(manifest, sections, glossary, references, specs, releases, plan, raid, model, traces, snapshots, governance, newPictures);
    }

    /** The sections of a version: the draft's own for the current version, else its snapshot. */
    public Optional<List<Section>> sectionsOf(String version) {
        return isDraft(version) ? Optional.of(sections) : snapshot(version).map(VersionSnapshot::sections);
    }

    /**
     * The model a version's figures are drawn from: the draft's own model/ for the version being drafted, else the one
     * kept in its snapshot (versions/&lt;version&gt;/model/), else, for a snapshot that kept none, today's.
     */
    public ArchitectureModel modelOf(String version) {
        return kept(version, VersionSnapshot::keptModel).orElse(model);
    }

    /** The glossary a version is published with: its snapshot's, else the workspace's. */
    public List<GlossaryTerm> glossaryOf(String version) {
        return kept(version, VersionSnapshot::keptGlossary).orElse(glossary);
    }

    /** The references a version is published with: its snapshot's, else the workspace's. */
    public List<DocumentReference> referencesOf(String version) {
        return kept(version, VersionSnapshot::keptReferences).orElse(references);
    }

    public Optional<VersionSnapshot> snapshot(String version) {
        return snapshots.stream().filter(v -> v.version().equals(version)).findFirst();
    }

    private boolean isDraft(String version) {
        return manifest != null && manifest.currentVersion().map(v -> v.version().equals(version)).orElse(false);
    }

    private <T> Optional<T> kept(String version, java.util.function.Function<VersionSnapshot, Optional<T>> register) {
        return isDraft(version) ? Optional.empty() : snapshot(version).flatMap(register);
    }

    public Workspace withModel(ArchitectureModel newModel) {
        return new Workspace(manifest, sections, glossary, references, specs, releases, plan, raid, newModel, traces, snapshots, governance, pictures);
    }

    public Workspace withGovernance(Governance newGovernance) {
        return new Workspace(manifest, sections, glossary, references, specs, releases, plan, raid, model, traces, snapshots, newGovernance, pictures);
    }

    /** The workspace with another manifest and its snapshots (a new version opened from a snapshot of the last). */
    public Workspace withVersions(DocumentManifest newManifest, List<VersionSnapshot> newSnapshots) {
        return new Workspace(newManifest, sections, glossary, references, specs, releases, plan, raid, model, traces, newSnapshots, governance, pictures);
    }

    /** The workspace with another specification register (entries and ingested texts). */
    public Workspace withSpecs(SpecRegister newSpecs) {
        return new Workspace(manifest, sections, glossary, references, newSpecs, releases, plan, raid, model, traces, snapshots, governance, pictures);
    }

    public Workspace withSections(List<Section> newSections) {
        return new Workspace(manifest, newSections, glossary, references, specs, releases, plan, raid, model, traces, snapshots, governance, pictures);
    }

    /** The workspace with this release's register added, or replacing the register of the same id. */
    public Workspace withRelease(ReleaseImpacts release) {
        List<ReleaseImpacts> updated = new java.util.ArrayList<>(releases.stream()
                .filter(r -> !r.release().equals(release.release())).toList());
        updated.add(release);
        return new Workspace(manifest, sections, glossary, references, specs, updated, plan, raid, model, traces, snapshots, governance, pictures);
    }

    /** The workspace with these trace links instead of its own. */
    public Workspace withTraces(List<TraceLink> newTraces) {
        return new Workspace(manifest, sections, glossary, references, specs, releases, plan, raid, model, newTraces, snapshots, governance, pictures);
    }

    public Optional<Section> section(String number) {
        return sections.stream().filter(s -> s.number().equals(number)).findFirst();
    }

    public Optional<ReleaseImpacts> release(String id) {
        return releases.stream().filter(r -> r.release().equals(id)).findFirst();
    }
}
