package org.tadworkbench.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.tadworkbench.document.Picture;
import org.tadworkbench.document.Section;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.review.Governance;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.workspace.internal.CanonicalYaml;
import org.tadworkbench.workspace.internal.ClauseTreeCodec;
import org.tadworkbench.workspace.internal.GovernanceCodecs;
import org.tadworkbench.workspace.internal.ImpactsCodec;
import org.tadworkbench.workspace.internal.ManifestCodec;
import org.tadworkbench.workspace.internal.ModelCodecs;
import org.tadworkbench.workspace.internal.PlanCodecs;
import org.tadworkbench.workspace.internal.RegisterCodecs;
import org.tadworkbench.workspace.internal.SectionCodec;
import org.tadworkbench.workspace.internal.TraceCodec;

/**
 * Writes a {@link Workspace} as files in canonical form. Registers that are empty are not written, so a
 * workspace without a plan stays without plan.yaml. Pictures (figures/) are not text: {@link #render} leaves them
 * out and {@link #write} writes their bytes as they are.
 */
public final class WorkspaceWriter {

    /** Every file of the workspace, by path relative to its folder, in path order. */
    public SortedMap<String, String> render(Workspace ws) {
        SortedMap<String, String> files = new TreeMap<>();
        files.put(WorkspaceFiles.MANIFEST, CanonicalYaml.write(ManifestCodec.write(ws.manifest())));
        if (!ws.glossary().isEmpty()) {
            files.put(WorkspaceFiles.GLOSSARY, CanonicalYaml.write(RegisterCodecs.writeGlossary(ws.glossary())));
        }
        if (!ws.references().isEmpty()) {
            files.put(WorkspaceFiles.REFERENCES, CanonicalYaml.write(RegisterCodecs.writeReferences(ws.references())));
        }
        if (!ws.specs().specs().isEmpty() || !ws.specs().baselines().isEmpty()) {
            files.put(WorkspaceFiles.SPECS, CanonicalYaml.write(RegisterCodecs.writeSpecs(ws.specs())));
        }
        for (ClauseTree text : ws.specs().texts()) {
            files.put(WorkspaceFiles.clauseTreeFile(text.document(), text.version()), CanonicalYaml.write(ClauseTreeCodec.write(text)));
        }
        if (!ws.plan().equals(Plan.empty())) {
            files.put(WorkspaceFiles.PLAN, CanonicalYaml.write(PlanCodecs.writePlan(ws.plan())));
        }
        if (!ws.raid().equals(RaidLog.empty())) {
            files.put(WorkspaceFiles.RAID, CanonicalYaml.write(PlanCodecs.writeRaid(ws.raid())));
        }
        writeModel(ws.model(), "", files);
        if (!ws.traces().isEmpty()) {
            files.put(WorkspaceFiles.TRACES, CanonicalYaml.write(TraceCodec.write(ws.traces())));
        }
        writeGovernance(ws.governance(), files);
        for (ReleaseImpacts release : ws.releases()) {
            files.put(WorkspaceFiles.impactsFile(release.release()), CanonicalYaml.write(ImpactsCodec.write(release)));
        }
        for (Section section : ws.sections()) {
            files.put(sectionFile(section), SectionCodec.write(section));
        }
        for (VersionSnapshot snapshot : ws.snapshots()) {
            for (Section section : snapshot.sections()) {
                files.put(WorkspaceFiles.snapshotSectionsDir(snapshot.version()) + "/" + SectionCodec.fileName(section),
                        SectionCodec.write(section));
            }
            String folder = "versions/" + snapshot.version() + "/";
            snapshot.keptModel().ifPresent(model -> writeModel(model, folder, files));
            // A kept register is written even when empty: an empty glossary kept is not the same as none kept.
            snapshot.keptGlossary().ifPresent(glossary -> files.put(folder + WorkspaceFiles.GLOSSARY,
                    CanonicalYaml.write(RegisterCodecs.writeGlossary(glossary))));
            snapshot.keptReferences().ifPresent(references -> files.put(folder + WorkspaceFiles.REFERENCES,
                    CanonicalYaml.write(RegisterCodecs.writeReferences(references))));
        }
        return files;
    }

    /** model/*.yaml under {@code folder} ("" for the workspace's own, "versions/2.0/" for a snapshot's), each when not empty. */
    private static void writeModel(ArchitectureModel model, String folder, Map<String, String> files) {
        if (!model.elements().isEmpty()) {
            files.put(folder + WorkspaceFiles.ELEMENTS, CanonicalYaml.write(ModelCodecs.writeElements(model.elements())));
        }
        if (!model.relationships().isEmpty()) {
            files.put(folder + WorkspaceFiles.RELATIONSHIPS, CanonicalYaml.write(ModelCodecs.writeRelationships(model.relationships())));
        }
        if (!model.variations().isEmpty()) {
            files.put(folder + WorkspaceFiles.VARIATIONS, CanonicalYaml.write(ModelCodecs.writeVariations(model.variations())));
        }
        if (!model.views().isEmpty()) {
            files.put(folder + WorkspaceFiles.VIEWS, CanonicalYaml.write(ModelCodecs.writeViews(model.views())));
        }
    }

    /** review/*.yaml, each only when it has something to say. */
    private static void writeGovernance(Governance g, Map<String, String> files) {
        if (!g.states().isEmpty()) {
            files.put(WorkspaceFiles.REVIEW_STATES, CanonicalYaml.write(GovernanceCodecs.writeStates(g.states())));
        }
        if (!g.consultations().isEmpty()) {
            files.put(WorkspaceFiles.REVIEW_CONSULTATIONS, CanonicalYaml.write(GovernanceCodecs.writeConsultations(g.consultations())));
        }
        if (!g.comments().isEmpty()) {
            files.put(WorkspaceFiles.REVIEW_COMMENTS, CanonicalYaml.write(GovernanceCodecs.writeComments(g.comments())));
        }
        if (!g.dispositions().isEmpty()) {
            files.put(WorkspaceFiles.REVIEW_DISPOSITIONS, CanonicalYaml.write(GovernanceCodecs.writeDispositions(g.dispositions())));
        }
        if (!g.decisions().isEmpty()) {
            files.put(WorkspaceFiles.REVIEW_DECISIONS, CanonicalYaml.write(GovernanceCodecs.writeDecisions(g.decisions())));
        }
        if (!g.notices().isEmpty()) {
            files.put(WorkspaceFiles.REVIEW_NOTICES, CanonicalYaml.write(GovernanceCodecs.writeNotices(g.notices())));
        }
        if (!g.audit().isEmpty()) {
            files.put(WorkspaceFiles.REVIEW_AUDIT, CanonicalYaml.write(GovernanceCodecs.writeAudit(g.audit())));
        }
    }

    public static String sectionFile(Section section) {
        return WorkspaceFiles.SECTIONS_DIR + "/" + SectionCodec.fileName(section);
    }

    /** Writes every file under {@code dir}, pictures included, creating folders; returns how many files were written. */
    public int write(Workspace ws, Path dir) throws IOException {
        Map<String, String> files = render(ws);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
        return files.size() + writePictures(ws.pictures(), dir);
    }

    /** Writes each picture's bytes at its path under {@code dir}; returns how many. */
    public static int writePictures(java.util.List<Picture> pictures, Path dir) throws IOException {
        for (Picture picture : pictures) {
            Path target = dir.resolve(picture.path());
            Files.createDirectories(target.getParent());
            Files.write(target, picture.bytes());
        }
        return pictures.size();
    }
}
