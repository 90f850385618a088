package org.tadworkbench.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.impact.TraceLink;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecRegister;
import org.tadworkbench.specdiff.ChangeKind;
import org.tadworkbench.specdiff.ClauseChange;
import org.tadworkbench.workspace.Workspace;

/**
 * What a section page warns of: the clauses its traces and impact rows cite in a specification version that a newer
 * ingested version rewords, moves or removes ("suspect", as {@code tad lint} says). Only citations of an ingested
 * version are judged; a trace to "any version" or to a version without text says nothing about change.
 */
final class SuspectCitations {

    private SuspectCitations() {
    }

    /**
     * One suspect citation: the cited clause ("DUIS 3.0d3 §1.4.2"), who cites it ("this section's trace", "impact row
     * A12 of smets1-services"), the version that changes it, what happened ("rewords it and numbers it §1.5.2"), and
     * the versions to link the comparison with.
     */
    record Suspect(String citation, List<String> citedBy, String document, String citedVersion, String newerVersion,
                   String what) {
    }

    static List<Suspect> of(Workspace ws, String section, SpecDiffs diffs) {
        Map<List<String>, List<String>> citing = new LinkedHashMap<>();
        for (TraceLink trace : ws.traces()) {
            if (section.equals(trace.section()) && trace.version() != null) {
                citing.computeIfAbsent(List.of(trace.document(), trace.version(), trace.clause()), k -> new ArrayList<>())
                        .add("this section's " + trace.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " trace");
            }
        }
        for (ReleaseImpacts release : ws.releases()) {
            for (ImpactRow row : release.impacts()) {
                if (section.equals(row.section()) && row.version() != null && row.clause() != null) {
                    citing.computeIfAbsent(List.of(row.document(), row.version(), row.clause()), k -> new ArrayList<>())
                            .add("impact row " + row.id() + " of " + release.release());
                }
            }
        }
        List<Suspect> suspects = new ArrayList<>();
        citing.forEach((cited, by) -> judge(ws.specs(), cited.get(0), cited.get(1), cited.get(2), diffs)
                .ifPresent(what -> suspects.add(new Suspect(cited.get(0) + " " + cited.get(1) + " §" + cited.get(2),
                        List.copyOf(by), cited.get(0), cited.get(1), newest(ws.specs(), cited.get(0)).version(), what))));
        return suspects;
    }

    /** What the newest ingested version did to the clause, when that makes a citation of it suspect. */
    private static Optional<String> judge(SpecRegister register, String document, String version, String clause, SpecDiffs diffs) {
        Optional<ClauseTree> cited = register.text(document, version);
        if (cited.isEmpty() || cited.get().clause(clause).isEmpty()) {
            return Optional.empty();
        }
        ClauseTree newest = newest(register, document);
        if (newest.version().equals(version)) {
            return Optional.empty();
        }
        Optional<ClauseChange> change = diffs.diff(cited.get(), newest).ofOldClause(clause);
        if (change.isEmpty()) {
            return Optional.empty();
        }
        ClauseChange c = change.get();
        String newer = document + " " + newest.version();
        if (c.kind() == ChangeKind.REMOVED) {
            return Optional.of(newer + " removes it");
        }
        if (c.kind() != ChangeKind.REWORDED && !c.moved()) {
            return Optional.empty();
        }
        List<String> what = new ArrayList<>();
        if (c.kind() == ChangeKind.REWORDED) {
            what.add("rewords it");
        }
        if (c.moved()) {
            what.add("moves it");
        }
        if (c.renumbered()) {
            what.add("numbers it §" + c.toNumber());
        }
        return Optional.of(newer + " " + String.join(" and ", what));
    }

    private static ClauseTree newest(SpecRegister register, String document) {
        List<ClauseTree> texts = register.textsOf(document);
        return texts.get(texts.size() - 1);
    }
}
