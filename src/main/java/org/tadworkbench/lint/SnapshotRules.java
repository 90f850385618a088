package org.tadworkbench.lint;

import java.util.Set;
import java.util.stream.Collectors;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.Section;
import org.tadworkbench.document.SectionNumber;
import org.tadworkbench.workspace.VersionSnapshot;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.Workspace;

/**
 * Snapshots of earlier versions: of a version the manifest lists, never of the version being drafted (that is
 * the workspace's own sections), each a well-formed outline. Their text is history and is not re-checked for
 * today's terminology.
 */
final class SnapshotRules extends Rules {

    SnapshotRules(Workspace ws, Locations at) {
        super(ws, at);
    }

    @Override
    void run() {
        Set<String> versions = ws.manifest().versions().stream().map(DocumentVersion::version).collect(Collectors.toSet());
        String current = ws.manifest().currentVersion().map(DocumentVersion::version).orElse(null);
        for (VersionSnapshot snapshot : ws.snapshots()) {
            Object first = snapshot.sections().isEmpty() ? null : snapshot.sections().get(0);
            if (!versions.contains(snapshot.version())) {
                error(first, null, "unknown-version", "versions/" + snapshot.version() + " is not a version of workspace.yaml");
            } else if (snapshot.version().equals(current)) {
                error(first, null, "snapshot", "version " + current + " is the one being drafted: its text lives in sections/, not versions/");
            }
            var numbers = unique(snapshot.sections(), Section::number, "section number of version " + snapshot.version());
            for (Section section : snapshot.sections()) {
                if (!SectionNumber.isWellFormed(section.number())) {
                    error(section, "number", "section-number", "malformed section number '" + section.number() + "'");
                    continue;
                }
                SectionNumber.parse(section.number()).parent().map(SectionNumber::toString)
                        .filter(parent -> !numbers.containsKey(parent))
                        .ifPresent(parent -> error(section, "number", "outline", "section " + section.number()
                                + " of version " + snapshot.version() + " has no parent section " + parent));
            }
        }
    }
}
