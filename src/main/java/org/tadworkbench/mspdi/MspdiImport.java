package org.tadworkbench.mspdi;

import java.util.List;
import org.tadworkbench.plan.Plan;

/** The plan read from a project file, and what the reader had to guess or leave out (one line each). */
public record MspdiImport(Plan plan, List<String> warnings) {
    public MspdiImport {
        warnings = List.copyOf(warnings);
    }
}
