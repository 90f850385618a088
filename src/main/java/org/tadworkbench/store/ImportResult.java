package org.tadworkbench.store;

import java.util.Map;
import org.tadworkbench.lint.LintReport;

/** What an import did: the lint report it was judged by, and what was stored (nothing when the report has errors). */
public record ImportResult(String workspaceId, LintReport report, Map<String, Integer> stored) {
    public boolean imported() {
        return report.clean();
    }
}
