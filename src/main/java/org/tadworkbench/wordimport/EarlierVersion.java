package org.tadworkbench.wordimport;

import java.util.ArrayList;
import java.util.List;
import org.tadworkbench.document.DocumentManifest;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.VersionStatus;
import org.tadworkbench.workspace.VersionSnapshot;
import org.tadworkbench.workspace.Workspace;

/**
 * Stores an imported Word TAD as the text of an earlier version (versions/&lt;V&gt;/sections), so that the draft can be
 * compared with it ({@code tad diff --from V}). The version is added to workspace.yaml, superseded, when it is not
 * there; a snapshot already kept for it is replaced. Only a version below the one being drafted can be stored.
 */
public final class EarlierVersion {

    private EarlierVersion() {
    }

    /** {@code ws} with {@code imported}'s sections kept as version {@code version}; refused with the reason. */
    public static Workspace store(Workspace ws, WordImport.Imported imported, String version) {
        String v = version.strip();
        if (!org.tadworkbench.document.VersionNumber.isWellFormed(v)) {
            throw new IllegalArgumentException("'" + version + "' is not a version number (such as 2.0)");
        }
        DocumentManifest manifest = ws.manifest();
        DocumentVersion current = manifest.currentVersion()
                .orElseThrow(() -> new IllegalArgumentException("workspace.yaml lists no version"));
        if (!org.tadworkbench.document.VersionNumber.isAfter(current.version(), v)) {
            throw new IllegalArgumentException("version " + v + " is not earlier than the version being drafted ("
                    + current.version() + "): an imported copy is kept as an earlier version only");
        }
        List<DocumentVersion> versions = new ArrayList<>(manifest.versions());
        if (versions.stream().noneMatch(d -> d.version().equals(v))) {
            versions.add(new DocumentVersion(v, VersionStatus.SUPERSEDED, imported.manifest().versions().get(0).date(),
                    null, "Text imported from Word."));
        }
        DocumentManifest updated = new DocumentManifest(manifest.id(), manifest.title(), manifest.owner(),
                manifest.classification(), manifest.description(), versions);
        List<VersionSnapshot> snapshots = new ArrayList<>();
        VersionSnapshot kept = null;
        for (VersionSnapshot s : ws.snapshots()) {
            if (s.version().equals(v)) {
                kept = s;
            } else {
                snapshots.add(s);
            }
        }
        // The registers read from the file (its glossary and references tables) stand beside that version's text.
        VersionSnapshot snapshot = kept == null ? new VersionSnapshot(v, imported.sections()) : kept.withSections(imported.sections());
        snapshots.add(new VersionSnapshot(v, snapshot.sections(), snapshot.model(),
                imported.glossary().isEmpty() ? snapshot.glossary() : imported.glossary(),
                imported.references().isEmpty() ? snapshot.references() : imported.references()));
        // The version's pictures (figures/<V>/) are the file's: those of an earlier import of it go.
        String folder = org.tadworkbench.document.Picture.FOLDER + v + "/";
        List<org.tadworkbench.document.Picture> pictures = new ArrayList<>(ws.pictures().stream()
                .filter(p -> !p.path().startsWith(folder)).toList());
        pictures.addAll(imported.pictures());
        return ws.withVersions(updated, snapshots).withPictures(pictures);
    }
}
