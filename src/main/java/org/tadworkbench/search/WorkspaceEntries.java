package org.tadworkbench.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tadworkbench.consultation.ConsultationPack;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.GlossaryTerm;
import org.tadworkbench.document.MarkdownText;
import org.tadworkbench.document.Section;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.review.Comment;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecClause;
import org.tadworkbench.workspace.Workspace;

/**
 * Everything in a workspace that search covers, as entries: the sections and glossary of every version whose text
 * the workspace keeps (the version being drafted first, then the others newest first: a section found in several
 * versions is shown in the newest of them the reader may read), the clauses of every ingested specification
 * version, every release's impact rows, and every comment. Who may see which is not decided here.
 */
public final class WorkspaceEntries {

    private WorkspaceEntries() {
    }

    public static List<SearchEntry> of(Workspace ws) {
        List<SearchEntry> entries = new ArrayList<>();
        for (String version : versionsWithText(ws)) {
            for (Section s : ws.sectionsOf(version).orElse(List.of())) {
                entries.add(new SearchEntry(new SearchTarget.Section(version, s.number()), s.number() + " " + s.title(),
                        MarkdownText.words(s.body())));
            }
            for (GlossaryTerm t : ws.glossaryOf(version)) {
                entries.add(new SearchEntry(new SearchTarget.Term(version, t.term()), t.term(), t.definition()));
            }
        }
        for (ClauseTree tree : ws.specs().texts()) {
            List<SpecClause> clauses = tree.clauses();
            for (int i = 0; i < clauses.size(); i++) {
                SpecClause c = clauses.get(i);
                entries.add(new SearchEntry(new SearchTarget.Clause(tree.document(), tree.version(), i, c.number(), c.level()),
                        tree.document() + " " + tree.version() + " " + c.label(), MarkdownText.words(c.text())));
            }
        }
        for (ReleaseImpacts release : ws.releases()) {
            for (ImpactRow row : release.impacts()) {
                entries.add(new SearchEntry(new SearchTarget.Impact(release.release(), row.id()), impactTitle(release, row),
                        impactText(row)));
            }
        }
        for (Comment c : ws.governance().comments()) {
            entries.add(new SearchEntry(new SearchTarget.CommentOn(c), "Comment " + c.id() + " on version " + c.version()
                    + ": " + ConsultationPack.targetLabel(c),
                    MarkdownText.words(c.text()) + (c.proposedChange() == null ? ""
                            : " Proposed change: " + MarkdownText.words(c.proposedChange()))));
        }
        return entries;
    }

    /** The current version, then the others newest first; only those whose sections the workspace keeps. */
    static List<String> versionsWithText(Workspace ws) {
        Set<String> versions = new LinkedHashSet<>();
        if (ws.manifest() != null) {
            ws.manifest().currentVersion().map(DocumentVersion::version).ifPresent(versions::add);
        }
        List<String> snapshots = new ArrayList<>(ws.snapshots().stream().map(v -> v.version()).toList());
        java.util.Collections.reverse(snapshots);
        versions.addAll(snapshots);
        versions.removeIf(v -> ws.sectionsOf(v).isEmpty());
        return List.copyOf(versions);
    }

    private static String impactTitle(ReleaseImpacts release, ImpactRow row) {
        return "Impact " + row.id() + " (" + release.release() + "): " + row.document() + " " + nn(row.clause())
                + (row.clauseTitle() == null ? "" : " " + row.clauseTitle());
    }

    private static String impactText(ImpactRow row) {
        String section = row.hasImpact() ? "Section " + row.section() + " " + nn(row.sectionTitle()) + "." : "No impact.";
        return String.join(" ", section, nn(row.change()), nn(row.note())).strip();
    }

    private static String nn(String text) {
        return text == null ? "" : text;
    }
}
