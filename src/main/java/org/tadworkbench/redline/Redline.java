package org.tadworkbench.redline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tadworkbench.document.DocumentManifest;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.Section;
import org.tadworkbench.redline.internal.PlainText;
import org.tadworkbench.redline.internal.SectionMatcher;
import org.tadworkbench.redline.internal.WordDiff;
import org.tadworkbench.workspace.Workspace;

/**
 * The comparison of two versions of the document, section by section, in the new version's outline order (a removed
 * section comes after the new counterpart of the section that preceded it in the old version). Render it with
 * {@link HtmlRedline} or {@link DocxRedline}.
 */
public record Redline(String documentTitle, String fromVersion, String toVersion, LocalDate toDate,
                      List<SectionChange> sections, RedlineSummary summary) {

    public Redline {
        sections = List.copyOf(sections);
    }

    /** Compares two versions of workspace.yaml; the current one is the draft's sections, others their snapshot. */
    public static Redline compare(Workspace ws, String from, String to) throws RedlineException {
        DocumentManifest manifest = ws.manifest();
        DocumentVersion toVersion = version(manifest, to);
        version(manifest, from);
        List<Section> older = text(ws, from);
        List<Section> newer = text(ws, to);
        return of(manifest.title(), from, to, toVersion.date(), older, newer);
    }

    /** The version the document is in force at (live), else the oldest: the default "from" of a redline. */
    public static Optional<String> defaultFrom(DocumentManifest manifest) {
        return manifest.liveVersion().or(() -> manifest.versions().stream()
                        .min(java.util.Comparator.comparing(DocumentVersion::version, org.tadworkbench.document.VersionNumber.ORDER)))
                .map(DocumentVersion::version);
    }

    /** The version being drafted: the default "to" of a redline. */
    public static Optional<String> defaultTo(DocumentManifest manifest) {
        return manifest.currentVersion().map(DocumentVersion::version);
    }

    private static DocumentVersion version(DocumentManifest manifest, String version) throws RedlineException {
        Optional<DocumentVersion> found = manifest.versions().stream().filter(v -> v.version().equals(version)).findFirst();
        if (found.isEmpty()) {
            throw new RedlineException("no version '" + version + "' in workspace.yaml (versions: " + String.join(", ",
                    manifest.versions().stream().map(DocumentVersion::version).toList()) + ")", true);
        }
        return found.get();
    }

    private static List<Section> text(Workspace ws, String version) throws RedlineException {
        List<Section> sections = ws.sectionsOf(version).orElse(List.of());
        if (sections.isEmpty()) {
            throw new RedlineException("version " + version + " has no text: it is not the current version and there is no versions/"
                    + version + "/sections/ snapshot", false);
        }
        return sections;
    }

    /** Compares two lists of sections, each in outline order. */
    public static Redline of(String documentTitle, String from, String to, LocalDate toDate, List<Section> older, List<Section> newer) {
        List<String> oldText = older.stream().map(s -> PlainText.of(s.body())).toList();
        List<String> newText = newer.stream().map(s -> PlainText.of(s.body())).toList();
        List<SectionMatcher.Item> oldItems = new ArrayList<>();
        List<SectionMatcher.Item> newItems = new ArrayList<>();
        for (int i = 0; i < older.size(); i++) {
            oldItems.add(new SectionMatcher.Item(older.get(i).number(), older.get(i).title(), oldText.get(i)));
        }
        for (int j = 0; j < newer.size(); j++) {
            newItems.add(new SectionMatcher.Item(newer.get(j).number(), newer.get(j).title(), newText.get(j)));
        }
        int[] newForOld = SectionMatcher.match(oldItems, newItems);
        int[] oldForNew = new int[newer.size()];
        java.util.Arrays.fill(oldForNew, -1);
        for (int i = 0; i < newForOld.length; i++) {
            if (newForOld[i] >= 0) {
                oldForNew[newForOld[i]] = i;
            }
        }
        // Removed sections are shown after the new counterpart of their nearest matched predecessor in the old outline.
        List<SectionChange> changes = ChangeOrder.of(newForOld, newer.size(), j -> {
            int i = oldForNew[j];
            return i < 0 ? added(newer.get(j), newText.get(j))
                    : matched(older, newer, newForOld, i, j, oldText.get(i), newText.get(j));
        }, r -> removed(older.get(r), oldText.get(r)));
        return new Redline(documentTitle, from, to, toDate, changes, RedlineSummary.of(changes));
    }

    private static SectionChange added(Section s, String text) {
        WordDiff.Result title = WordDiff.whole(s.title(), RunKind.INSERTED);
        WordDiff.Result body = WordDiff.whole(text, RunKind.INSERTED);
        List<TextRun> heading = List.of(new TextRun(RunKind.INSERTED, s.number() + " " + s.title()));
        return new SectionChange(ChangeKind.ADDED, null, s.number(), null, s.title(), null, parent(s.number()), heading,
                body.runs(), title.wordsInserted() + body.wordsInserted(), 0);
    }

    private static SectionChange removed(Section s, String text) {
        WordDiff.Result title = WordDiff.whole(s.title(), RunKind.DELETED);
        WordDiff.Result body = WordDiff.whole(text, RunKind.DELETED);
        List<TextRun> heading = List.of(new TextRun(RunKind.DELETED, s.number() + " " + s.title()));
        return new SectionChange(ChangeKind.REMOVED, s.number(), null, s.title(), null, parent(s.number()), null, heading,
                body.runs(), 0, title.wordsDeleted() + body.wordsDeleted());
    }

    private static SectionChange matched(List<Section> older, List<Section> newer, int[] newForOld, int i, int j,
                                         String oldText, String newText) {
        Section o = older.get(i);
        Section n = newer.get(j);
        WordDiff.Result title = WordDiff.of(o.title(), n.title());
        WordDiff.Result body = WordDiff.of(oldText, newText);
        List<TextRun> heading = new ArrayList<>();
        if (o.number().equals(n.number())) {
            heading.add(new TextRun(RunKind.EQUAL, n.number()));
        } else {
            heading.add(new TextRun(RunKind.DELETED, o.number()));
            heading.add(new TextRun(RunKind.INSERTED, n.number()));
        }
        heading.add(new TextRun(RunKind.EQUAL, " "));
        heading.addAll(title.runs());
        int inserted = title.wordsInserted() + body.wordsInserted();
        int deleted = title.wordsDeleted() + body.wordsDeleted();
        String oldParent = parent(o.number());
        String newParent = parent(n.number());
        ChangeKind kind;
        if (!o.number().equals(n.number())) {
            kind = sameParent(older, newer, newForOld, oldParent, newParent) ? ChangeKind.RENUMBERED : ChangeKind.MOVED;
        } else if (inserted + deleted > 0 || !o.title().equals(n.title()) || !oldText.equals(newText)) {
            kind = ChangeKind.CHANGED;
        } else {
            kind = ChangeKind.UNCHANGED;
        }
        return new SectionChange(kind, o.number(), n.number(), o.title(), n.title(), oldParent, newParent, heading,
                body.runs(), inserted, deleted);
    }

    /** Whether the new parent is the old parent's counterpart (both top level counts as the same). */
    private static boolean sameParent(List<Section> older, List<Section> newer, int[] newForOld, String oldParent, String newParent) {
        if (oldParent == null || newParent == null) {
            return oldParent == null && newParent == null;
        }
        for (int i = 0; i < older.size(); i++) {
            if (older.get(i).number().equals(oldParent)) {
                return newForOld[i] >= 0 && newer.get(newForOld[i]).number().equals(newParent);
            }
        }
        return oldParent.equals(newParent);
    }

    private static String parent(String number) {
        int dot = number.lastIndexOf('.');
        return dot < 0 ? null : number.substring(0, dot);
    }
}
