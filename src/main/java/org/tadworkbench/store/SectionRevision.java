package org.tadworkbench.store;

import org.tadworkbench.document.Section;

/** A section as stored for editing: its content, its revision (what an edit must name) and who saved it last. */
public record SectionRevision(Section section, int revision, String updatedBy) {
}
