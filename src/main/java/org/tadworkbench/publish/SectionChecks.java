package org.tadworkbench.publish;

import org.tadworkbench.document.Section;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.publish.checks.BuildChecks;
import org.tadworkbench.workspace.Workspace;

/**
 * The build checks a saved section must pass, for the editor: the same checks as {@link Publisher#check} (lint,
 * terminology, captions, cross-references), kept to the findings in that section, each naming its line.
 */
public final class SectionChecks {

    private SectionChecks() {
    }

    /** The findings in {@code edited} (the new text of a section of the current version {@code version}). */
    public static LintReport of(Workspace ws, String version, Section edited) {
        return BuildChecks.section(ws, version, edited);
    }
}
