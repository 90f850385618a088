package org.tadworkbench.lint;

import java.util.Comparator;
import java.util.List;
import org.tadworkbench.workspace.Finding;

/** The findings of one lint run, in file and line order. */
public record LintReport(List<Finding> findings) {

    public LintReport {
        findings = findings.stream()
                .sorted(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparing(Finding::message))
                .toList();
    }

    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }

    public boolean clean() {
        return errors() == 0;
    }
}
