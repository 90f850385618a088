package org.tadworkbench.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.tadworkbench.document.DocumentManifest;
import org.tadworkbench.document.DocumentReference;
import org.tadworkbench.document.GlossaryTerm;
import org.tadworkbench.document.Picture;
import org.tadworkbench.document.Section;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.impact.TraceLink;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.Variation;
import org.tadworkbench.model.View;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.review.AuditEntry;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.Consultation;
import org.tadworkbench.review.Decision;
import org.tadworkbench.review.Disposition;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.review.Governance;
import org.tadworkbench.review.Notice;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecRegister;
import org.tadworkbench.workspace.internal.ClauseTreeCodec;
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

    /** What the last read parsed, by file, when this reader remembers; null otherwise. */
    private final Map<String, Pending<?>> remembered;

    /** Where results of parsing are kept between runs ({@link ParseCache}); null for none. */
    private final Path cacheFolder;

    public WorkspaceReader() {
        this(false);
    }

    /**
     * With {@code remember}, a later {@link #read} parses again only the files whose size or modification time
     * changed and reuses what it read of the others ({@code tad build --watch}).
     */
    public WorkspaceReader(boolean remember) {
        this(remember, null);
    }

    private WorkspaceReader(boolean remember, Path cacheFolder) {
        this.remembered = remember ? new ConcurrentHashMap<>() : null;
        this.cacheFolder = cacheFolder;
    }

    /**
     * This reader keeping what it parses between runs under {@code folder} (see {@link CacheFolder}), so reading a
     * large workspace again parses only what changed: the command line's reader. The result is the same either way.
     */
    public WorkspaceReader cachingIn(Path folder) {
        return new WorkspaceReader(remembered != null, folder);
    }

    public ReadResult read(Path dir) {
        List<ReadContext> contexts = new ArrayList<>();
        ReadContext folder = new ReadContext(".", 0);
        contexts.add(folder);
        if (!Files.isDirectory(dir)) {
            folder.error(0, "no-workspace", "not a workspace folder: " + dir);
            return assemble(contexts, null, List.of(), List.of(), List.of(), SpecRegister.empty(), List.of(),
                    Plan.empty(), RaidLog.empty(), ArchitectureModel.empty(), List.of(), List.of(), Governance.empty(), List.of());
        }
        Map<String, Path> files = listFiles(dir, folder);
        // Every file is read on its own context, so all of them are parsed side by side on the machine's cores
        // (the largest first); the results are then taken in a fixed order, so findings read the same every time.
        Pending<DocumentManifest> manifestRead = pending(files, WorkspaceFiles.MANIFEST, ManifestCodec::read);
        Pending<List<GlossaryTerm>> glossaryRead = pending(files, WorkspaceFiles.GLOSSARY, RegisterCodecs::readGlossary);
        Pending<List<DocumentReference>> referencesRead = pending(files, WorkspaceFiles.REFERENCES, RegisterCodecs::readReferences);
        Pending<SpecRegister> specsRead = pending(files, WorkspaceFiles.SPECS, RegisterCodecs::readSpecs);
        Pending<Plan> planRead = pending(files, WorkspaceFiles.PLAN, PlanCodecs::readPlan);
        Pending<RaidLog> raidRead = pending(files, WorkspaceFiles.RAID, PlanCodecs::readRaid);
        Pending<List<Element>> elementsRead = pendingList(files, WorkspaceFiles.ELEMENTS, ModelCodecs::readElements);
        Pending<List<Relationship>> relationshipsRead = pendingList(files, WorkspaceFiles.RELATIONSHIPS, ModelCodecs::readRelationships);
        Pending<List<Variation>> variationsRead = pending(files, WorkspaceFiles.VARIATIONS, ModelCodecs::readVariations);
        Pending<List<View>> viewsRead = pending(files, WorkspaceFiles.VIEWS, ModelCodecs::readViews);
        Pending<List<TraceLink>> tracesRead = pendingList(files, WorkspaceFiles.TRACES, TraceCodec::read);
        Pending<List<GovernanceCodecs.VersionState>> statesRead = pending(files, WorkspaceFiles.REVIEW_STATES, GovernanceCodecs::readStates);
        Pending<List<Consultation>> consultationsRead = pending(files, WorkspaceFiles.REVIEW_CONSULTATIONS, GovernanceCodecs::readConsultations);
        Pending<List<Comment>> commentsRead = pending(files, WorkspaceFiles.REVIEW_COMMENTS, GovernanceCodecs::readComments);
        Pending<List<Disposition>> dispositionsRead = pending(files, WorkspaceFiles.REVIEW_DISPOSITIONS, GovernanceCodecs::readDispositions);
        Pending<List<Decision>> decisionsRead = pending(files, WorkspaceFiles.REVIEW_DECISIONS, GovernanceCodecs::readDecisions);
        Pending<List<Notice>> noticesRead = pending(files, WorkspaceFiles.REVIEW_NOTICES, GovernanceCodecs::readNotices);
        Pending<List<AuditEntry>> auditRead = pending(files, WorkspaceFiles.REVIEW_AUDIT, GovernanceCodecs::readAudit);
        List<Pending<?>> registers = List.of(manifestRead, glossaryRead, referencesRead, specsRead, planRead, raidRead,
                elementsRead, relationshipsRead, variationsRead, viewsRead, tracesRead, statesRead, consultationsRead,
                commentsRead, dispositionsRead, decisionsRead, noticesRead, auditRead);

        if (!files.containsKey(WorkspaceFiles.MANIFEST)) {
            folder.error(0, "no-manifest", "workspace.yaml is missing: every workspace needs one");
        }
        List<Pending<ReleaseImpacts>> releaseReads = new ArrayList<>();
        Map<Pending<ClauseTree>, Matcher> clauseTreeReads = new LinkedHashMap<>();
        List<Pending<Section>> sectionReads = new ArrayList<>();
        List<Pending<Section>> snapshotReads = new ArrayList<>();
        Map<Pending<Section>, String> snapshotVersions = new java.util.HashMap<>();
        Map<String, SnapshotRegisters> snapshotRegisters = new TreeMap<>();
        List<String> pictureFiles = new ArrayList<>();
        for (String name : files.keySet()) {
            Matcher snapshot = WorkspaceFiles.SNAPSHOT_SECTION_FILE.matcher(name);
            Matcher register = WorkspaceFiles.SNAPSHOT_REGISTER_FILE.matcher(name);
            Matcher clauseTree = WorkspaceFiles.CLAUSE_TREE_FILE.matcher(name);
            if (clauseTree.matches()) {
                clauseTreeReads.put(pending(files, name, ClauseTreeCodec::read), clauseTree);
            } else if (WorkspaceFiles.IMPACTS_FILE.matcher(name).matches()) {
                releaseReads.add(pending(files, name, ImpactsCodec::read));
            } else if (WorkspaceFiles.SECTION_FILE.matcher(name).matches()) {
                sectionReads.add(new Pending<>(name, files.get(name), SectionCodec::read));
            } else if (snapshot.matches()) {
                Pending<Section> read = new Pending<>(name, files.get(name), SectionCodec::read);
                snapshotReads.add(read);
                snapshotVersions.put(read, snapshot.group(1));
            } else if (register.matches()) {
                snapshotRegisters.computeIfAbsent(register.group(1), v -> new SnapshotRegisters(files, v));
            } else if (Picture.isUnderFolder(name)) {
                pictureFiles.add(name);
            } else if (!isKnownRegister(name)) {
                folder.warning(0, "unknown-file", name + " is not part of the workspace format and is ignored");
            }
        }
        List<Pending<?>> all = new ArrayList<>(registers);
        all.addAll(releaseReads);
        all.addAll(clauseTreeReads.keySet());
        all.addAll(sectionReads);
        all.addAll(snapshotReads);
        snapshotRegisters.values().forEach(r -> all.addAll(r.all()));
        // Parsed results are taken from the cache on a reader's first read; a watching reader then keeps them itself.
        ParseCache cache = cacheFolder == null || (remembered != null && !remembered.isEmpty()) ? null
                : ParseCache.open(cacheFolder, dir);
        List<Pending<?>> toRead = all.stream().filter(Pending::exists).filter(p -> !reuse(p))
                .sorted(Comparator.comparingLong((Pending<?> p) -> -p.size())).toList();
        List<PictureRead> pictureReads = pictureFiles.stream().map(name -> new PictureRead(name, files.get(name))).toList();
        java.util.stream.Stream.concat(toRead.stream().map(p -> (Runnable) () -> p.run(cache)),
                pictureReads.stream().map(p -> (Runnable) p::run)).parallel().forEach(Runnable::run);
        if (cache != null) {
            cache.save();
        }
        if (remembered != null) {
            remembered.clear();
            all.stream().filter(Pending::exists).forEach(p -> remembered.put(p.ctx.file(), p));
        }

        registers.stream().filter(Pending::exists).forEach(p -> contexts.add(p.ctx));
        DocumentManifest manifest = manifestRead.value().orElse(null);
        List<GlossaryTerm> glossary = glossaryRead.value().orElse(List.of());
        List<DocumentReference> references = referencesRead.value().orElse(List.of());
        SpecRegister specs = specsRead.value().orElse(SpecRegister.empty());
        Plan plan = planRead.value().orElse(Plan.empty());
        RaidLog raid = raidRead.value().orElse(RaidLog.empty());
        List<Element> elements = elementsRead.value().orElse(List.of());
        List<Relationship> relationships = relationshipsRead.value().orElse(List.of());
        List<Variation> variations = variationsRead.value().orElse(List.of());
        List<View> views = viewsRead.value().orElse(List.of());
        List<TraceLink> traces = tracesRead.value().orElse(List.of());
        Map<String, DocumentState> states = new LinkedHashMap<>();
        statesRead.value().orElse(List.of()).forEach(s -> states.put(s.version(), s.state()));
        Governance governance = new Governance(states, consultationsRead.value().orElse(List.of()),
                commentsRead.value().orElse(List.of()), dispositionsRead.value().orElse(List.of()),
                decisionsRead.value().orElse(List.of()), noticesRead.value().orElse(List.of()),
                auditRead.value().orElse(List.of()));

        List<ClauseTree> texts = new ArrayList<>();
        clauseTreeReads.forEach((read, path) -> {
            contexts.add(read.ctx);
            read.value().ifPresent(tree -> {
                if (tree.document().equals(path.group(1)) && tree.version().equals(path.group(2))) {
                    texts.add(tree);
                } else {
                    read.ctx.error(1, "misplaced-clauses", read.ctx.file() + " holds " + tree.key()
                            + ": a version's clauses belong in " + WorkspaceFiles.clauseTreeFile(tree.document(), tree.version()));
                }
            });
        });
        specs = specs.withTexts(texts);
        List<ReleaseImpacts> releases = new ArrayList<>();
        for (Pending<ReleaseImpacts> read : releaseReads) {
            contexts.add(read.ctx);
            read.value().ifPresent(releases::add);
        }
        List<Section> sections = new ArrayList<>();
        for (Pending<Section> read : sectionReads) {
            contexts.add(read.ctx);
            read.value().ifPresent(sections::add);
        }
        Map<String, List<Section>> snapshotSections = new TreeMap<>();
        for (Pending<Section> read : snapshotReads) {
            contexts.add(read.ctx);
            List<Section> of = snapshotSections.computeIfAbsent(snapshotVersions.get(read), v -> new ArrayList<>());
            read.value().ifPresent(of::add);
        }
        snapshotRegisters.keySet().forEach(v -> snapshotSections.computeIfAbsent(v, none -> new ArrayList<>()));
        List<VersionSnapshot> snapshots = new ArrayList<>();
        for (Map.Entry<String, List<Section>> e : snapshotSections.entrySet()) {
            SnapshotRegisters kept = snapshotRegisters.get(e.getKey());
            if (kept != null) {
                kept.all().stream().filter(Pending::exists).forEach(p -> contexts.add(p.ctx));
            }
            snapshots.add(kept == null ? new VersionSnapshot(e.getKey(), e.getValue()) : kept.snapshot(e.getKey(), e.getValue()));
        }
        List<Picture> pictures = new ArrayList<>();
        for (PictureRead read : pictureReads) {
            contexts.add(read.ctx);
            if (read.picture != null) {
                pictures.add(read.picture);
            }
        }
        return assemble(contexts, manifest, sections, glossary, references, specs, releases, plan, raid,
                new ArchitectureModel(elements, relationships, variations, views), traces, snapshots, governance, pictures);
    }

    /**
     * One file under figures/: a picture when its name has a picture's extension, it is no larger than
     * {@link Picture#MAX_BYTES} and its bytes are the image the extension says; otherwise a finding naming it.
     */
    private static final class PictureRead {
        private final Path path;
        private final ReadContext ctx;
        private Picture picture;

        PictureRead(String name, Path path) {
            this.path = path;
            this.ctx = new ReadContext(name, 0);
        }

        void run() {
            String name = ctx.file();
            if (!Picture.isPicturePath(name)) {
                ctx.warning(0, "picture-type", name + " is not a picture of the workspace format (PNG, JPEG, GIF or SVG "
                        + "under figures/, a name of letters, digits, '.', '_' and '-') and is ignored");
                return;
            }
            try {
                long size = Files.size(path);
                if (size > Picture.MAX_BYTES) {
                    ctx.error(0, "picture-too-large", name + " is " + size + " bytes, more than the "
                            + (Picture.MAX_BYTES >> 20) + " MiB a picture may be");
                    return;
                }
                Picture read = new Picture(name, Files.readAllBytes(path));
                read.problem().ifPresentOrElse(why -> ctx.error(0, "picture-type", name + " " + why),
                        () -> picture = read);
            } catch (IOException e) {
                ctx.error(0, "io", "cannot read file: " + e.getMessage());
            }
        }
    }

    /** The registers a version's snapshot may keep beside its sections, each read like the workspace's own. */
    private static final class SnapshotRegisters {
        private final Pending<List<Element>> elements;
        private final Pending<List<Relationship>> relationships;
        private final Pending<List<Variation>> variations;
        private final Pending<List<View>> views;
        private final Pending<List<GlossaryTerm>> glossary;
        private final Pending<List<DocumentReference>> references;

        SnapshotRegisters(Map<String, Path> files, String version) {
            elements = pendingList(files, WorkspaceFiles.snapshotFile(version, WorkspaceFiles.ELEMENTS), ModelCodecs::readElements);
            relationships = pendingList(files, WorkspaceFiles.snapshotFile(version, WorkspaceFiles.RELATIONSHIPS), ModelCodecs::readRelationships);
            variations = pending(files, WorkspaceFiles.snapshotFile(version, WorkspaceFiles.VARIATIONS), ModelCodecs::readVariations);
            views = pending(files, WorkspaceFiles.snapshotFile(version, WorkspaceFiles.VIEWS), ModelCodecs::readViews);
            glossary = pending(files, WorkspaceFiles.snapshotFile(version, WorkspaceFiles.GLOSSARY), RegisterCodecs::readGlossary);
            references = pending(files, WorkspaceFiles.snapshotFile(version, WorkspaceFiles.REFERENCES), RegisterCodecs::readReferences);
        }

        List<Pending<?>> all() {
            return List.of(elements, relationships, variations, views, glossary, references);
        }

        /** The model is kept when any of its files is; a register that is absent was not kept (null). */
        VersionSnapshot snapshot(String version, List<Section> sections) {
            boolean modelKept = elements.exists() || relationships.exists() || variations.exists() || views.exists();
            ArchitectureModel model = modelKept ? new ArchitectureModel(elements.value().orElse(List.of()),
                    relationships.value().orElse(List.of()), variations.value().orElse(List.of()),
                    views.value().orElse(List.of())) : null;
            return new VersionSnapshot(version, sections, model,
                    glossary.exists() ? glossary.value().orElse(List.of()) : null,
                    references.exists() ? references.value().orElse(List.of()) : null);
        }
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
                                       List<TraceLink> traces, List<VersionSnapshot> snapshots, Governance governance,
                                       List<Picture> pictures) {
        List<Finding> findings = new ArrayList<>();
        Locations locations = new Locations(contexts.stream().mapToInt(ctx -> ctx.locations().size()).sum());
        for (ReadContext ctx : contexts) {
            findings.addAll(ctx.findings());
            locations.putAll(ctx.locations());
        }
        Workspace workspace = new Workspace(manifest, sections, glossary, references, specs, releases, plan, raid, model, traces,
                snapshots, governance, pictures);
        return new ReadResult(workspace, findings, locations);
    }

    /** Takes what the last read made of this file when it has not changed since; says whether it did. */
    private boolean reuse(Pending<?> now) {
        Pending<?> before = remembered == null ? null : remembered.get(now.ctx.file());
        if (before == null || !before.stamp.equals(now.stamp)) {
            return false;
        }
        now.adopt(before);
        return true;
    }

    private static <T> Pending<T> pending(Map<String, Path> files, String name, BiFunction<Node, ReadContext, T> codec) {
        return new Pending<>(name, files.get(name), (text, ctx) -> {
            Optional<Node> root = YamlText.parse(text, ctx);
            if (root.isEmpty() && ctx.findings().isEmpty()) {
                ctx.error(1, "empty-file", name + " is empty");
            }
            return root.map(node -> codec.apply(node, ctx)).orElse(null);
        });
    }

    /**
     * A file that is one long list of independent items (model elements and relationships, traces): when large, it
     * is read in pieces side by side and the items joined in order; a piece that does not parse on its own (or
     * anything unusual in one) sends the whole file down the ordinary path, so findings are the same either way.
     */
    private static <T> Pending<List<T>> pendingList(Map<String, Path> files, String name,
                                                     BiFunction<Node, ReadContext, List<T>> codec) {
        Pending<List<T>> whole = pending(files, name, codec);
        return new Pending<>(name, files.get(name), (text, ctx) -> {
            List<YamlText.Part> parts = YamlText.split(text);
            String key = YamlText.listKey(text);
            List<Piece<T>> pieces = parts.parallelStream().map(part -> {
                ReadContext piece = new ReadContext(name, part.lineOffset());
                Optional<Node> root = YamlText.parse(part.yaml(), piece);
                return root.isPresent() && YamlText.onlyList(root.get(), key) != null
                        ? new Piece<>(piece, codec.apply(root.get(), piece)) : null;
            }).toList();
            if (parts.isEmpty() || pieces.contains(null)) {
                return whole.reader.apply(text, ctx);
            }
            List<T> items = new ArrayList<>();
            for (Piece<T> piece : pieces) {
                ctx.absorb(piece.ctx());
                items.addAll(piece.items());
            }
            return items;
        });
    }

    private record Piece<T>(ReadContext ctx, List<T> items) {
    }

    /** One file to read (absent when {@code path} is null) and, once run, what it gave and what was found. */
    private static final class Pending<T> {
        private final Path path;
        private final BiFunction<String, ReadContext, T> reader;
        private final String stamp;
        private final long size;
        private ReadContext ctx;
        private T value;

        Pending(String name, Path path, BiFunction<String, ReadContext, T> reader) {
            this.path = path;
            this.reader = reader;
            this.ctx = new ReadContext(name, 0);
            long[] sizeAndTime = stat(path);
            this.size = sizeAndTime[0];
            this.stamp = sizeAndTime[0] + "@" + sizeAndTime[1];
        }

        @SuppressWarnings("unchecked")
        void adopt(Pending<?> earlier) {
            ctx = earlier.ctx;
            value = (T) earlier.value;
        }

        boolean exists() {
            return path != null;
        }

        long size() {
            return size;
        }

        @SuppressWarnings("unchecked")
        void run(ParseCache cache) {
            Optional<byte[]> bytes = bytes(path, ctx);
            if (bytes.isEmpty()) {
                return;
            }
            ParseCache.Key key = cache == null ? null : ParseCache.Key.of(bytes.get());
            Optional<ParseCache.Hit> hit = cache == null ? Optional.empty() : cache.lookup(ctx.file(), key);
            if (hit.isPresent()) {
                ctx = hit.get().ctx();
                value = (T) hit.get().value();
                return;
            }
            value = text(bytes.get(), ctx).map(text -> reader.apply(text, ctx)).orElse(null);
            if (cache != null) {
                cache.store(ctx.file(), key, value, ctx);
            }
        }

        Optional<T> value() {
            return Optional.ofNullable(value);
        }

        /** Size and modification time in nanoseconds; zeros for a missing or unreadable file (it is read anyway). */
        private static long[] stat(Path path) {
            try {
                if (path == null) {
                    return new long[] {0, 0};
                }
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                return new long[] {attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)};
            } catch (IOException e) {
                return new long[] {0, System.nanoTime()};
            }
        }
    }

    /** The file's bytes, or empty after reporting why it cannot be read. */
    private static Optional<byte[]> bytes(Path path, ReadContext ctx) {
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                ctx.error(0, "too-large", "file is larger than " + (MAX_FILE_BYTES >> 20) + " MiB");
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(path));
        } catch (IOException e) {
            ctx.error(0, "io", "cannot read file: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The bytes as strict UTF-8 text, or empty after reporting that they are not. */
    private static Optional<String> text(byte[] bytes, ReadContext ctx) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            ctx.error(0, "encoding", "file is not valid UTF-8 text");
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
