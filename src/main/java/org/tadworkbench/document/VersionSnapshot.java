package org.tadworkbench.document;

import java.util.List;

/**
 * The frozen text of an earlier version (versions/&lt;version&gt;/sections/): what was published, kept so that any
 * two versions can be compared and rebuilt. The version being drafted is the workspace's own sections.
 */
public record VersionSnapshot(String version, List<Section> sections) {
    public VersionSnapshot {
        sections = List.copyOf(sections);
    }
}
