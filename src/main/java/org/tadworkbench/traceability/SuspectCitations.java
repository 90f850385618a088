package org.tadworkbench.traceability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.impact.TraceLink;
import org.tadworkbench.model.Variation;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecVersion;
import org.tadworkbench.spec.Specification;
import org.tadworkbench.specdiff.ChangeKind;
import org.tadworkbench.specdiff.ClauseAligner;
import org.tadworkbench.specdiff.ClauseChange;
import org.tadworkbench.specdiff.SpecDiff;
import org.tadworkbench.workspace.Workspace;

/**
 * What the workspace cites (trace links, impact rows, model variations) that a newer ingested version of the cited
 * document has changed. A citation names a clause of version X of document D; when D has a version Y ingested after
 * X (later in specs.yaml's list; the newest ingested one is compared) and the clause aligner finds the clause
 * reworded, moved or removed in Y, the citation is <em>suspect</em>: what the TAD says may no longer follow from it.
 * A clause only renumbered (same or cosmetically changed text, same place) is not suspect, but a trace that names X
 * can be moved to Y's number ({@code tad spec retarget}); those traces are reported as {@link Kind#RENUMBERED}.
 * <p>
 * A citation without a version (a variation always, a trace or an impact row when it gives none) is read as citing
 * the version baselined where it belongs: an impact row, its release's baseline; a trace or variation, the baseline
 * of the release the TAD's current version is written for. When that version is not known or not ingested, or is
 * the newest ingested one, nothing is said. Each pair of versions is compared once.
 */
public final class SuspectCitations {

    /** Whether the citation is suspect, or its clause only renumbered (a trace that {@code tad spec retarget} can move). */
    public enum Kind { SUSPECT, RENUMBERED }

    /**
     * One citation that a newer version affects. {@code item} is the trace link, impact row or variation itself (so
     * a caller can find where it is written); {@code citer} says what cites ("trace of section 4.2.1.7"), and
     * {@code citation} what it cites ("DUIS 3.0d3 §1.4.2").
     */
    public record Suspicion(Kind kind, Object item, String citer, String citation, String document, String version,
                            String newerVersion, ClauseChange change) {

        /** "trace of section 4.2.1.7 to DUIS 3.0d3 §1.4.2 is suspect: DUIS 3.1 rewords it (now 1.4.2)". */
        public String describe() {
            if (kind == Kind.RENUMBERED) {
                return citer + " to " + citation + " can move: " + document + " " + newerVersion + " numbers the clause "
                        + change.toNumber() + (change.kind() == ChangeKind.UNCHANGED ? " (text unchanged)" : " (cosmetic changes only)")
                        + "; tad spec retarget WORKSPACE " + document + ":" + version + " " + document + ":" + newerVersion
                        + " --apply moves the trace";
            }
            return citer + " to " + citation + " is suspect: " + document + " " + newerVersion + " " + what();
        }

        /** "rewords it (now 1.4.2)", "moves it (now 2.3)", "rewords and moves it (now 2.3)", "removes it". */
        public String what() {
            if (change.kind() == ChangeKind.REMOVED) {
                return "removes it";
            }
            boolean reworded = change.kind() == ChangeKind.REWORDED;
            String verb = reworded && change.moved() ? "rewords and moves it" : reworded ? "rewords it" : "moves it";
            return verb + " (now " + change.toNumber() + ")";
        }
    }

    private final Workspace ws;
    private final BiFunction<ClauseTree, ClauseTree, SpecDiff> differ;
    private final Map<String, Map<String, ClauseChange>> diffs = new HashMap<>();
    private final Map<String, List<ClauseTree>> ingested = new HashMap<>();
    private final String currentRelease;

    private SuspectCitations(Workspace ws, BiFunction<ClauseTree, ClauseTree, SpecDiff> differ) {
        this.ws = ws;
        this.differ = differ;
        this.currentRelease = ws.manifest() == null ? null
                : ws.manifest().currentVersion().map(DocumentVersion::release).orElse(null);
    }

    /** Every suspect or renumbered citation, traces first, then impact rows, then variations, each in file order. */
    public static List<Suspicion> of(Workspace ws) {
        return of(ws, ClauseAligner::diff);
    }

    /**
     * The same with another way of comparing two versions: the pages pass their cache of recent diffs, so a section
     * page does not align two documents again on every view; tests give the changes they need.
     */
    public static List<Suspicion> of(Workspace ws, BiFunction<ClauseTree, ClauseTree, SpecDiff> differ) {
        if (ws.specs().texts().size() < 2) {
            return List.of(); // nothing to compare: the common case costs nothing
        }
        return new SuspectCitations(ws, differ).find();
    }

    private List<Suspicion> find() {
        List<Suspicion> found = new ArrayList<>();
        for (TraceLink trace : ws.traces()) {
            String version = trace.version() != null ? trace.version() : baselined(trace.document(), currentRelease);
            String citation = trace.version() != null ? trace.citation() : versionless(trace.document(), trace.clause(), version);
            check(trace, "trace of " + trace.source(), citation, trace.document(), version, trace.clause(),
                    trace.version() != null).ifPresent(found::add);
        }
        for (ReleaseImpacts release : ws.releases()) {
            for (ImpactRow row : release.impacts()) {
                if (row.clause() == null) {
                    continue;
                }
                String version = row.version() != null ? row.version() : baselined(row.document(), release.release());
                String citation = row.version() != null ? row.document() + " " + row.version() + " §" + row.clause()
                        : versionless(row.document(), row.clause(), version);
                check(row, "impact row " + row.id() + " of release " + release.release(), citation, row.document(), version,
                        row.clause(), false).ifPresent(found::add);
            }
        }
        for (Variation variation : ws.model().variations()) {
            if (variation.clause() == null) {
                continue;
            }
            String version = baselined(variation.document(), currentRelease);
            check(variation, "variation " + variation.id() + " of " + variation.target(),
                    versionless(variation.document(), variation.clause(), version), variation.document(), version,
                    variation.clause(), false).ifPresent(found::add);
        }
        return found;
    }

    /** "DUIS §1.4.2 (read as 3.0d3, the version baselined)". */
    private String versionless(String document, String clause, String version) {
        return document + " §" + clause + (version == null ? "" : " (read as " + version + ", the version baselined)");
    }

    private Optional<Suspicion> check(Object item, String citer, String citation, String document, String version,
                                      String clause, boolean retargetable) {
        if (version == null || clause == null) {
            return Optional.empty();
        }
        List<ClauseTree> texts = ingested.computeIfAbsent(document, ws.specs()::textsOf);
        int at = indexOf(texts, version);
        if (at < 0 || at == texts.size() - 1) {
            return Optional.empty();
        }
        ClauseTree newest = texts.get(texts.size() - 1);
        ClauseChange change = changes(texts.get(at), newest).get(plain(clause));
        if (change == null) {
            return Optional.empty();
        }
        if (change.kind().substantive() || change.moved()) {
            return Optional.of(new Suspicion(Kind.SUSPECT, item, citer, citation, document, version, newest.version(), change));
        }
        if (change.renumbered() && retargetable) {
            return Optional.of(new Suspicion(Kind.RENUMBERED, item, citer, citation, document, version, newest.version(), change));
        }
        return Optional.empty();
    }

    private static int indexOf(List<ClauseTree> texts, String version) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).version().equals(version)) {
                return i;
            }
        }
        return -1;
    }

    /** The changes from one version to another by the older version's clause number, computed once per pair. */
    private Map<String, ClauseChange> changes(ClauseTree from, ClauseTree to) {
        return diffs.computeIfAbsent(from.key() + "\n" + to.key(), k -> byOldNumber(differ.apply(from, to)));
    }

    static Map<String, ClauseChange> byOldNumber(SpecDiff diff) {
        Map<String, ClauseChange> byNumber = new HashMap<>();
        for (ClauseChange change : diff.changes()) {
            if (change.from() != null && !change.from().number().isEmpty()) {
                byNumber.putIfAbsent(plain(change.from().number()), change);
            }
        }
        return byNumber;
    }

    /** "§ 1.4.2." and "1.4.2" cite the same clause. */
    static String plain(String clause) {
        String text = clause.replace("§", "").strip();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** The version of the document in a release's baseline (the last one listed there), if any. */
    private String baselined(String document, String release) {
        if (release == null) {
            return null;
        }
        String found = null;
        for (SpecVersion version : ws.specs().spec(document).map(Specification::versions).orElse(List.of())) {
            if (release.equals(version.baseline())) {
                found = version.version();
            }
        }
        return found;
    }
}
