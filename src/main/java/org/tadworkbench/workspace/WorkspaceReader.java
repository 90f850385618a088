package org.tadworkbench.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.tadworkbench.document.DocumentManifest;
import org.tadworkbench.document.DocumentReference;
import org.tadworkbench.document.GlossaryTerm;
import org.tadworkbench.document.Section;
import org.tadworkbench.document.VersionSnapshot;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.impact.TraceLink;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.Variation;
import org.tadworkbench.model.View;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.review.Governance;
import org.tadworkbench.spec.SpecRegister;
import org.tadworkbench.workspace.internal.GovernanceCodecs;
import org.tadworkbench.workspace.internal.ImpactsCodec;
import org.tadworkbench.workspace.internal.ManifestCodec;
import org.tadworkbench.workspace.internal.ModelCodecs;
import org.tadworkbench.workspace.internal.PlanCodecs;
import org.tadworkbench.workspace.internal.ReadContext;
import org.tadworkbench.workspace.internal.RegisterCodecs;
import org.tadworkbench.workspace.internal.SectionCodec;
import org.tadworkbench.workspace.internal.TraceCodec;
import org.tadworkbench.workspace.internal.YamlText;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a workspace folder into a {@link Workspace}. Never throws on bad content: every problem becomes a
 * {@link Finding} with its file and line, and what could be read is still returned.
 */
public final class WorkspaceReader {

    /** Larger files are refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    public ReadResult read(Path dir) {
        List<ReadContext> contexts = new ArrayList<>();
        ReadContext folder = new ReadContext(".", 0);
        contexts.add(folder);
        if (!Files.isDirectory(dir)) {
            folder.error(0, "no-workspace", "not a workspace folder: " + dir);
            return assemble(contexts, null, List.of(), List.of(), List.of(), SpecRegister.empty(), List.of(),
                    Plan.empty(), RaidLog.empty(), ArchitectureModel.empty(), List.of(), List.of(), Governance.empty());
        }
        Map<String, Path> files = listFiles(dir, folder);
        DocumentManifest manifest = yaml(files, WorkspaceFiles.MANIFEST, contexts, ManifestCodec::read).orElse(null);
        if (!files.containsKey(WorkspaceFiles.MANIFEST)) {
            folder.error(0, "no-manifest", "workspace.yaml is missing: every workspace needs one");
        }
        List<GlossaryTerm> glossary = yaml(files, WorkspaceFiles.GLOSSARY, contexts, RegisterCodecs::readGlossary).orElse(List.of());
        List<DocumentReference> references = yaml(files, WorkspaceFiles.REFERENCES, contexts, RegisterCodecs::readReferences).orElse(List.of());
        SpecRegister specs = yaml(files, WorkspaceFiles.SPECS, contexts, RegisterCodecs::readSpecs).orElse(SpecRegister.empty());
        Plan plan = yaml(files, WorkspaceFiles.PLAN, contexts, PlanCodecs::readPlan).orElse(Plan.empty());
        RaidLog raid = yaml(files, WorkspaceFiles.RAID, contexts, PlanCodecs::readRaid).orElse(RaidLog.empty());
        List<Element> elements = yaml(files, WorkspaceFiles.ELEMENTS, contexts, ModelCodecs::readElements).orElse(List.of());
        List<Relationship> relationships = yaml(files, WorkspaceFiles.RELATIONSHIPS, contexts, ModelCodecs::readRelationships).orElse(List.of());
        List<Variation> variations = yaml(files, WorkspaceFiles.VARIATIONS, contexts, ModelCodecs::readVariations).orElse(List.of());
        List<View> views = yaml(files, WorkspaceFiles.VIEWS, contexts, ModelCodecs::readViews).orElse(List.of());
        List<TraceLink> traces = yaml(files, WorkspaceFiles.TRACES, contexts, TraceCodec::read).orElse(List.of());
        Governance governance = readGovernance(files, contexts);

        List<ReleaseImpacts> releases = new ArrayList<>();
        List<String> sectionFiles = new ArrayList<>();
        Map<String, String> snapshotFiles = new TreeMap<>();
        for (String name : files.keySet()) {
            Matcher impacts = WorkspaceFiles.IMPACTS_FILE.matcher(name);
            if (impacts.matches()) {
                yaml(files, name, contexts, ImpactsCodec::read).ifPresent(releases::add);
            } else if (WorkspaceFiles.SECTION_FILE.matcher(name).matches()) {
                sectionFiles.add(name);
            } else if (WorkspaceFiles.SNAPSHOT_SECTION_FILE.matcher(name).matches()) {
                Matcher snapshot = WorkspaceFiles.SNAPSHOT_SECTION_FILE.matcher(name);
                snapshot.matches();
                snapshotFiles.put(name, snapshot.group(1));
            } else if (!isKnownRegister(name)) {
                folder.warning(0, "unknown-file", name + " is not part of the workspace format and is ignored");
            }
        }
        // Sections are many small files: parse them in parallel, each with its own context, then merge in order.
        List<SectionRead> sectionReads = sectionFiles.parallelStream().map(name -> readSection(name, files.get(name))).toList();
        List<Section> sections = new ArrayList<>();
        for (SectionRead read : sectionReads) {
            contexts.add(read.ctx());
            read.section().ifPresent(sections::add);
        }
        Map<String, List<Section>> snapshotSections = new TreeMap<>();
        List<String> snapshotNames = new ArrayList<>(snapshotFiles.keySet());
        List<SectionRead> snapshotReads = snapshotNames.parallelStream().map(name -> readSection(name, files.get(name))).toList();
        for (int i = 0; i < snapshotNames.size(); i++) {
            contexts.add(snapshotReads.get(i).ctx());
            List<Section> of = snapshotSections.computeIfAbsent(snapshotFiles.get(snapshotNames.get(i)), v -> new ArrayList<>());
            snapshotReads.get(i).section().ifPresent(of::add);
        }
        List<VersionSnapshot> snapshots = snapshotSections.entrySet().stream()
                .map(e -> new VersionSnapshot(e.getKey(), e.getValue())).toList();
        return assemble(contexts, manifest, sections, glossary, references, specs, releases, plan, raid,
                new ArchitectureModel(elements, relationships, variations, views), traces, snapshots, governance);
    }

    /** review/*.yaml; absent files read as empty lists. */
    private Governance readGovernance(Map<String, Path> files, List<ReadContext> contexts) {
        Map<String, DocumentState> states = new LinkedHashMap<>();
        yaml(files, WorkspaceFiles.REVIEW_STATES, contexts, GovernanceCodecs::readStates).orElse(List.of())
                .forEach(s -> states.put(s.version(), s.state()));
        return new Governance(states,
                yaml(files, WorkspaceFiles.REVIEW_CONSULTATIONS, contexts, GovernanceCodecs::readConsultations).orElse(List.of()),
                yaml(files, WorkspaceFiles.REVIEW_COMMENTS, contexts, GovernanceCodecs::readComments).orElse(List.of()),
                yaml(files, WorkspaceFiles.REVIEW_DISPOSITIONS, contexts, GovernanceCodecs::readDispositions).orElse(List.of()),
                yaml(files, WorkspaceFiles.REVIEW_DECISIONS, contexts, GovernanceCodecs::readDecisions).orElse(List.of()),
                yaml(files, WorkspaceFiles.REVIEW_NOTICES, contexts, GovernanceCodecs::readNotices).orElse(List.of()),
                yaml(files, WorkspaceFiles.REVIEW_AUDIT, contexts, GovernanceCodecs::readAudit).orElse(List.of()));
    }

    private record SectionRead(ReadContext ctx, Optional<Section> section) {
    }

    private SectionRead readSection(String name, Path path) {
        ReadContext ctx = new ReadContext(name, 0);
        Optional<Section> section = text(path, ctx).map(text -> SectionCodec.read(text, ctx));
        return new SectionRead(ctx, section);
    }

    private static boolean isKnownRegister(String name) {
        return List.of(WorkspaceFiles.MANIFEST, WorkspaceFiles.GLOSSARY, WorkspaceFiles.REFERENCES, WorkspaceFiles.SPECS,
                WorkspaceFiles.PLAN, WorkspaceFiles.RAID, WorkspaceFiles.ELEMENTS, WorkspaceFiles.RELATIONSHIPS,
                WorkspaceFiles.VARIATIONS, WorkspaceFiles.VIEWS, WorkspaceFiles.TRACES, WorkspaceFiles.REVIEW_STATES,
                WorkspaceFiles.REVIEW_CONSULTATIONS, WorkspaceFiles.REVIEW_COMMENTS, WorkspaceFiles.REVIEW_DISPOSITIONS,
                WorkspaceFiles.REVIEW_DECISIONS, WorkspaceFiles.REVIEW_NOTICES, WorkspaceFiles.REVIEW_AUDIT).contains(name);
    }

    private static ReadResult assemble(List<ReadContext> contexts, DocumentManifest manifest, List<Section> sections,
                                       List<GlossaryTerm> glossary, List<DocumentReference> references, SpecRegister specs,
                                       List<ReleaseImpacts> releases, Plan plan, RaidLog raid, ArchitectureModel model,
                                       List<TraceLink> traces, List<VersionSnapshot> snapshots, Governance governance) {
        List<Finding> findings = new ArrayList<>();
        Locations locations = new Locations();
        for (ReadContext ctx : contexts) {
            findings.addAll(ctx.findings());
            locations.putAll(ctx.locations());
        }
        Workspace workspace = new Workspace(manifest, sections, glossary, references, specs, releases, plan, raid, model, traces, snapshots, governance);
        return new ReadResult(workspace, findings, locations);
    }

    private <T> Optional<T> yaml(Map<String, Path> files, String name, List<ReadContext> contexts,
                                 BiFunction<Node, ReadContext, T> codec) {
        Path path = files.get(name);
        if (path == null) {
            return Optional.empty();
        }
        ReadContext ctx = new ReadContext(name, 0);
        contexts.add(ctx);
        Optional<Node> root = text(path, ctx).flatMap(text -> YamlText.parse(text, ctx));
        if (root.isEmpty() && ctx.findings().isEmpty()) {
            ctx.error(1, "empty-file", name + " is empty");
        }
        return root.map(node -> codec.apply(node, ctx));
    }

    /** The file's text as strict UTF-8, or empty after reporting why it cannot be read. */
    private static Optional<String> text(Path path, ReadContext ctx) {
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                ctx.error(0, "too-large", "file is larger than " + (MAX_FILE_BYTES >> 20) + " MiB");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            ctx.error(0, "encoding", "file is not valid UTF-8 text");
        } catch (IOException e) {
            ctx.error(0, "io", "cannot read file: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Regular files by path relative to the workspace, in name order; hidden files and folders are skipped. */
    private static Map<String, Path> listFiles(Path dir, ReadContext folder) {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(path -> {
                Path relative = dir.relativize(path);
                for (Path part : relative) {
                    if (part.toString().startsWith(".")) {
                        return;
                    }
                }
                files.put(relative.toString().replace('\\', '/'), path);
            });
        } catch (IOException | UncheckedIOException e) {
            folder.error(0, "io", "cannot list workspace folder: " + e.getMessage());
        }
        return files;
    }
}
