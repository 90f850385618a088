package org.tadworkbench.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.document.DocumentManifest;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.VersionNumber;
import org.tadworkbench.document.VersionStatus;
import org.tadworkbench.document.BodyLinks;
import org.tadworkbench.document.Picture;
import org.tadworkbench.document.Section;
import java.util.Map;
import java.util.TreeMap;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.review.ReviewException;
import org.tadworkbench.review.Workflow;

/**
 * Starts the next draft from the live version: the live version's text, model, glossary and references are kept as
 * its snapshot (versions/&lt;live&gt;/), the pictures its text shows copied to figures/&lt;live&gt;/, and a new draft version opens in workspace.yaml, whose text is then the
 * workspace's own files. The one rule for the browser and {@code tad versions new}: refused (with the reason) unless
 * the version named is the live one and nothing newer is being drafted.
 */
public final class NextDraft {

    /** Who may open the next draft in the browser: SECAS, who plan the revision and run the quality route. */
    public static final Set<AccountRole> ROLES = EnumSet.of(AccountRole.PROJECT_MANAGER, AccountRole.QUALITY_ASSURANCE);

    private NextDraft() {
    }

    /**
     * What opening a draft gives: the updated workspace, the new version, the snapshot kept of the live one and the
     * pictures kept with it (copies of the draft's under figures/&lt;live&gt;/, which the snapshot's text shows).
     */
    public record Opened(Workspace workspace, DocumentVersion version, VersionSnapshot snapshot, List<Picture> pictures) {
        public Opened {
            pictures = List.copyOf(pictures);
        }
    }

    /**
     * Opens version {@code as} (null: the next minor number, 3.0 gives 3.1) from live version {@code from} (null: the
     * live one), dated {@code today} until its release date is known.
     */
    public static Opened open(Workspace ws, String from, String as, LocalDate today) {
        DocumentManifest manifest = ws.manifest();
        DocumentVersion source = source(ws, from);
        String opened = as == null ? nextMinor(source.version()) : as.strip();
        if (!VersionNumber.isWellFormed(opened) || !VersionNumber.isAfter(opened, source.version())) {
            throw new ReviewException("'" + opened + "' cannot follow version " + source.version()
                    + ": give a version number above it, such as " + nextMinor(source.version()));
        }
        DocumentVersion draft = new DocumentVersion(opened, VersionStatus.DRAFT, today, null,
                "Opened from version " + source.version() + " on " + today + "; its release and release date are not yet set.");
        List<DocumentVersion> versions = new ArrayList<>();
        // workspace.yaml then says what the review record says: the version drafted from is live.
        manifest.versions().forEach(v -> versions.add(new DocumentVersion(v.version(), stateOf(ws, v).versionStatus(),
                v.date(), v.release(), v.summary())));
        versions.add(draft);
        DocumentManifest updated = new DocumentManifest(manifest.id(), manifest.title(), manifest.owner(),
                manifest.classification(), manifest.description(), versions);
        // The kept text shows its own copies of the draft's pictures, so the draft may change them without changing history.
        String folder = Picture.FOLDER + source.version() + "/";
        Set<String> versionFolders = new java.util.HashSet<>();
        manifest.versions().forEach(v -> versionFolders.add(Picture.FOLDER + v.version() + "/"));
        Map<String, String> moved = new TreeMap<>();
        for (Section section : ws.sections()) {
            for (BodyLinks.Target shown : BodyLinks.of(section.body()).pictures()) {
                if (ws.picture(shown.id()).isPresent() && versionFolders.stream().noneMatch(shown.id()::startsWith)) {
                    moved.put(shown.id(), folder + shown.id().substring(Picture.FOLDER.length()));
                }
            }
        }
        List<Section> kept = ws.sections().stream().map(s -> moved.isEmpty() ? s : new Section(s.number(), s.title(),
                s.applicability(), s.references(), s.elements(), showingKept(s.body(), moved))).toList();
        List<Picture> keptPictures = moved.entrySet().stream()
                .map(e -> new Picture(e.getValue(), ws.picture(e.getKey()).orElseThrow().bytes())).toList();
        List<Picture> pictures = new ArrayList<>(ws.pictures().stream().filter(p -> !moved.containsValue(p.path())).toList());
        pictures.addAll(keptPictures);
        VersionSnapshot snapshot = new VersionSnapshot(source.version(), kept, ws.model(), ws.glossary(), ws.references());
        List<VersionSnapshot> snapshots = new ArrayList<>(ws.snapshots().stream()
                .filter(s -> !s.version().equals(source.version())).toList());
        snapshots.add(snapshot);
        return new Opened(ws.withVersions(updated, snapshots).withPictures(pictures), draft, snapshot, keptPictures);
    }

    /** The body with each picture destination {@code ](old)} (or {@code ](old "title")}) naming its kept copy. */
    private static String showingKept(String body, Map<String, String> moved) {
        String text = body;
        for (Map.Entry<String, String> m : moved.entrySet()) {
            text = text.replace("](" + m.getKey() + ")", "](" + m.getValue() + ")")
                    .replace("](" + m.getKey() + " ", "](" + m.getValue() + " ");
        }
        return text;
    }

    /** Why {@code role} may not start the next draft in the browser; empty when it may. */
    public static Optional<String> roleRefusal(AccountRole role) {
        try {
            Workflow.requireRole(role, ROLES, "start the next draft");
            return Optional.empty();
        } catch (ReviewException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Why no next draft can start from {@code from} (null: the live version) today; empty when one can. What
     * {@link #open} checks first, so a page offers the step only where it would succeed.
     */
    public static Optional<String> refusal(Workspace ws, String from) {
        try {
            source(ws, from);
            return Optional.empty();
        } catch (ReviewException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The live version to start from, or the reason there is none: not live, or a newer version is drafted. */
    private static DocumentVersion source(Workspace ws, String from) {
        DocumentManifest manifest = ws.manifest();
        List<DocumentVersion> live = manifest.versions().stream().filter(v -> stateOf(ws, v) == DocumentState.LIVE).toList();
        if (live.isEmpty()) {
            throw new ReviewException("no version is live: the next draft starts from the live version");
        }
        DocumentVersion source = from == null ? live.get(0) : manifest.versions().stream()
                .filter(v -> v.version().equals(from)).findFirst()
                .orElseThrow(() -> new ReviewException("there is no version " + from + " in workspace.yaml"));
        if (stateOf(ws, source) != DocumentState.LIVE) {
            throw new ReviewException("version " + source.version() + " is " + stateOf(ws, source).label()
                    + ", not live: the next draft starts from the live version (" + live.get(0).version() + ")");
        }
        DocumentVersion newest = manifest.currentVersion().orElseThrow();
        if (!newest.version().equals(source.version())) {
            throw new ReviewException("version " + newest.version() + " is already being drafted ("
                    + stateOf(ws, newest).label() + "): a new draft starts only once it has gone live");
        }
        return source;
    }

    private static DocumentState stateOf(Workspace ws, DocumentVersion v) {
        return ws.governance().state(v.version()).orElse(DocumentState.of(v.status()));
    }

    /** "versions: 1.0 superseded, 2.0 live": the versions as an audit entry records them before and after. */
    public static String versionsLine(DocumentManifest manifest) {
        return "versions: " + manifest.versions().stream()
                .map(v -> v.version() + " " + v.status().name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    /** 3.0 gives 3.1; 2 gives 2.1. */
    public static String nextMinor(String version) {
        int[] parts = VersionNumber.parts(version);
        return parts.length == 1 ? version + ".1"
                : version.substring(0, version.lastIndexOf('.') + 1) + (parts[parts.length - 1] + 1);
    }
}
