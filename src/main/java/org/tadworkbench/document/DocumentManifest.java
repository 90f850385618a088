package org.tadworkbench.document;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Identity of the document (workspace.yaml): who owns it, how it is classified, and its versions. */
public record DocumentManifest(String id, String title, String owner, String classification, String description,
                               List<DocumentVersion> versions) {

    public DocumentManifest {
        versions = List.copyOf(versions);
    }

    /** The version being worked on: the newest by version number. */
    public Optional<DocumentVersion> currentVersion() {
        return versions.stream().max(Comparator.comparing(DocumentVersion::version, VersionNumber.ORDER));
    }

    /** The version in force: the one marked live, if any. */
    public Optional<DocumentVersion> liveVersion() {
        return versions.stream().filter(v -> v.status() == VersionStatus.LIVE).findFirst();
    }
}
