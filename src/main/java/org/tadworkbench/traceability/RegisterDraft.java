package org.tadworkbench.traceability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tadworkbench.impact.ClauseRef;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ImpactStatus;
import org.tadworkbench.impact.ImpactTarget;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.spec.Baseline;
import org.tadworkbench.spec.SpecClause;
import org.tadworkbench.spec.SpecRegister;
import org.tadworkbench.spec.SpecVersion;
import org.tadworkbench.spec.Specification;
import org.tadworkbench.specdiff.ChangeKind;
import org.tadworkbench.specdiff.ClauseChange;
import org.tadworkbench.specdiff.SpecDiff;
import org.tadworkbench.workspace.Workspace;

/**
 * A release's impact register drafted from specification diffs, for experts to triage: for each substantive change
 * (reworded, added, removed) one {@code proposed} row per TAD section that the computed impact ({@link ImpactAnalysis},
 * asked with the clause's number in the older version, or in the newer one for an added clause) reaches with a score
 * of at least the threshold, its reasons in the row's note; and one {@code proposed} no-impact row (section
 * {@code none}, as the PID's register records documents that do not affect the TAD) for a changed clause that reaches
 * nothing. Rows cite the newer version. Cosmetic changes, and clauses moved with their words kept, are reported, not
 * proposed.
 * <p>
 * Drafting again adds nothing and changes no row: a proposal is left out when the register already has a row of the
 * same document, version, clause and section (whatever an expert has made of it since), or an expert's no-impact row
 * for the same clause without a section. A new register gets the release's baseline in specs.yaml when it has none,
 * and the newer version, when it belongs to no baseline yet, is given this one. New rows take the next free ids in the
 * register's own scheme (A57 after A56; A01 in a new register).
 */
public final class RegisterDraft {

    /**
     * The default lowest score a section needs to be proposed: a trace or an assessment of the very clause (1, 0.95),
     * or a model element that it traces to or varies (0.7), alone or with weaker evidence. Evidence through related
     * clauses alone (a trace of the parent clause with the parent's assessment scores 0.62) is not enough: a change
     * to one sub-clause of a chapter the TAD traces as a whole would otherwise propose every section of that chapter.
     */
    public static final double DEFAULT_THRESHOLD = 0.7;

    private static final Pattern ID = Pattern.compile("([A-Za-z]*)([0-9]{1,9})");

    /** One change and what it led to: the rows proposed for it (new or already there). */
    public record Drafted(SpecDiff diff, ClauseChange change, List<ImpactRow> proposed) {
        public Drafted {
            proposed = List.copyOf(proposed);
        }
    }

    /**
     * What drafting did: the register after it (new when {@code created}), the rows it added, how many proposals the
     * register already held, the changes not proposed (cosmetic, or moved with their words kept), and the whole
     * workspace after it (the register, and any baseline added).
     */
    public record Outcome(ReleaseImpacts register, boolean created, List<ImpactRow> added, int alreadyThere,
                          List<Drafted> drafted, List<ClauseChange> notProposed, Workspace workspace) {
        public Outcome {
            added = List.copyOf(added);
            drafted = List.copyOf(drafted);
            notProposed = List.copyOf(notProposed);
        }
    }

    private RegisterDraft() {
    }

    public static Outcome draft(Workspace ws, String release, List<SpecDiff> diffs, double threshold) {
        return draft(ws, release, null, diffs, threshold);
    }

    /**
     * The same, naming a new release {@code title} (its baseline's title; "TITLE impacts on the TAD" for its register);
     * null for the release id, or the title of its baseline when specs.yaml already has one.
     */
    public static Outcome draft(Workspace ws, String release, String title, List<SpecDiff> diffs, double threshold) {
        ReleaseImpacts existing = ws.release(release).orElse(null);
        List<ImpactRow> rows = new ArrayList<>(existing == null ? List.of() : existing.impacts());
        Set<String> present = new HashSet<>();
        Set<String> decidedNoImpact = new HashSet<>();
        for (ImpactRow row : rows) {
            present.add(key(row.document(), row.version(), row.clause(), row.section()));
            if (!row.hasImpact() && row.status() == ImpactStatus.NO_IMPACT) {
                decidedNoImpact.add(key(row.document(), row.version(), row.clause(), null));
            }
        }
        RowIds ids = new RowIds(rows);
        ImpactAnalysis analysis = new ImpactAnalysis(ws);
        List<ImpactRow> added = new ArrayList<>();
        List<Drafted> drafted = new ArrayList<>();
        List<ClauseChange> notProposed = new ArrayList<>();
        int alreadyThere = 0;
        for (SpecDiff diff : diffs) {
            for (ClauseChange change : diff.changes()) {
                if (!change.kind().substantive()) {
                    if (change.kind() == ChangeKind.COSMETIC || change.moved()) {
                        notProposed.add(change);
                    }
                    continue;
                }
                List<ImpactRow> proposals = proposals(diff, change, analysis, threshold);
                List<ImpactRow> kept = new ArrayList<>();
                for (ImpactRow proposal : proposals) {
                    String key = key(proposal.document(), proposal.version(), proposal.clause(), proposal.section());
                    if (present.contains(key)
                            || decidedNoImpact.contains(key(proposal.document(), proposal.version(), proposal.clause(), null))) {
                        alreadyThere++;
                        continue;
                    }
                    present.add(key);
                    ImpactRow row = withId(proposal, ids.next());
                    rows.add(row);
                    added.add(row);
                    kept.add(row);
                }
                drafted.add(new Drafted(diff, change, kept));
            }
        }
        if (existing != null && added.isEmpty()) {
            return new Outcome(existing, false, added, alreadyThere, drafted, notProposed, ws);
        }
        ReleaseImpacts register = existing != null
                ? new ReleaseImpacts(release, existing.title(), existing.notes(), rows)
                : new ReleaseImpacts(release, title(ws, release, title) + " impacts on the TAD", List.of("Drafted in TAD Workbench from the clause diffs of "
                        + String.join(", ", diffs.stream().map(RegisterDraft::describe).toList())
                        + "; rows with status proposed await an expert's triage (accept: identified; reject: no-impact, with the reason)."), rows);
        Workspace after = ws.withRelease(register).withSpecs(withBaseline(ws.specs(), release, title(ws, release, title), diffs));
        return new Outcome(register, existing == null, added, alreadyThere, drafted, notProposed, after);
    }

    /** The rows proposed for one change, without ids yet (only those added get one). */
    private static List<ImpactRow> proposals(SpecDiff diff, ClauseChange change, ImpactAnalysis analysis, double threshold) {
        String document = diff.to().document();
        String version = diff.to().version();
        SpecClause clause = change.to() != null ? change.to() : change.from();
        String cited = clause.number().isEmpty() ? null : clause.number();
        // Traces and assessments cite the older version's numbers; an added clause has only its new one.
        String asked = change.from() != null ? change.fromNumber() : change.toNumber();
        List<Candidate> candidates = asked == null || asked.isEmpty() ? List.of()
                : analysis.candidates(List.of(new ClauseRef(document, asked)));
        List<Candidate> reached = candidates.stream().filter(c -> c.score() >= threshold).toList();
        String title = clause.title().isEmpty() ? null : clause.title();
        String what = changeText(diff, change);
        List<ImpactRow> rows = new ArrayList<>();
        if (reached.isEmpty()) {
            rows.add(new ImpactRow(null, document, version, cited, title, ImpactRow.NO_IMPACT, null, null,
                    "No impact to the TAD found: " + what + ", and no trace, assessment or variation of the model reaches a "
                            + "TAD section with a score of at least " + score(threshold) + ".",
                    ImpactStatus.PROPOSED, nearest(diff, candidates), null, null, null, List.of()));
            return rows;
        }
        for (Candidate candidate : reached) {
            rows.add(new ImpactRow(null, document, version, cited, title, candidate.section(), ImpactTarget.SECTION,
                    candidate.title(), "Assess: " + what + ".", ImpactStatus.PROPOSED,
                    "Proposed from the diff of " + describe(diff) + " (score " + score(candidate.score())
                            + (candidate.direct() ? ", direct" : "") + "): " + String.join("; ", candidate.reasons()),
                    null, null, null, List.of()));
        }
        return rows;
    }

    /** What fell short of the threshold, so an expert confirming no impact sees what was weighed. */
    private static String nearest(SpecDiff diff, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return "Proposed from the diff of " + describe(diff) + ": nothing cites the clause or a clause related to it.";
        }
        Candidate best = candidates.get(0);
        return "Proposed from the diff of " + describe(diff) + ": " + candidates.size() + " section(s) below the threshold, the "
                + "nearest " + best.section() + " " + best.title() + " (score " + score(best.score()) + "): "
                + String.join("; ", best.reasons());
    }

    /** "DUIS 3.1 rewords §1.4.2 (§1.4.2 in 3.0d3, similarity 0.62)", "DUIS 3.1 adds §1.4.4", "DUIS 3.1 removes §2.3 of 3.0d3". */
    static String changeText(SpecDiff diff, ClauseChange change) {
        String newer = diff.to().document() + " " + diff.to().version();
        return switch (change.kind()) {
            case ADDED -> newer + " adds " + label(change.to());
            case REMOVED -> newer + " removes " + label(change.from()) + " of " + diff.from().version();
            default -> newer + " rewords " + label(change.to()) + " (" + (change.from().number().isEmpty() ? "unnumbered"
                    : "§" + change.fromNumber()) + " in " + diff.from().version() + (change.moved() ? ", moved" : "")
                    + ", similarity " + score(change.similarity()) + ")";
        };
    }

    private static String label(SpecClause clause) {
        return clause.number().isEmpty() ? "'" + clause.title() + "'" : "§" + clause.number() + " " + clause.title();
    }

    private static String describe(SpecDiff diff) {
        return diff.from().document() + " " + diff.from().version() + ".." + diff.to().version();
    }

    private static String score(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static ImpactRow withId(ImpactRow row, String id) {
        return new ImpactRow(id, row.document(), row.version(), row.clause(), row.clauseTitle(), row.section(), row.target(),
                row.sectionTitle(), row.change(), row.status(), row.note(), row.owner(), row.estimate(), row.actual(),
                row.realisedBy());
    }

    private static String key(String document, String version, String clause, String section) {
        return document + "\n" + Objects.toString(version, "") + "\n" + Objects.toString(clause, "") + "\n"
                + Objects.toString(section, "");
    }

    private static String title(Workspace ws, String release, String given) {
        return ws.specs().baseline(release).map(Baseline::title).orElse(given == null || given.isBlank() ? release : given.strip());
    }

    /** The release as a baseline when it is not one, and each newer version without a baseline given this one. */
    private static SpecRegister withBaseline(SpecRegister specs, String release, String title, List<SpecDiff> diffs) {
        List<Baseline> baselines = new ArrayList<>(specs.baselines());
        if (specs.baseline(release).isEmpty()) {
            baselines.add(new Baseline(release, title, null));
        }
        Map<String, Set<String>> newer = new HashMap<>();
        diffs.forEach(d -> newer.computeIfAbsent(d.to().document(), k -> new LinkedHashSet<>()).add(d.to().version()));
        List<Specification> updated = specs.specs().stream().map(spec -> {
            Set<String> versions = newer.getOrDefault(spec.id(), Set.of());
            if (spec.versions().stream().noneMatch(v -> versions.contains(v.version()) && v.baseline() == null)) {
                return spec;
            }
            return new Specification(spec.id(), spec.title(), spec.kind(), spec.designation(), spec.appendix(), spec.note(),
                    spec.versions().stream().map(v -> versions.contains(v.version()) && v.baseline() == null
                            ? new SpecVersion(v.version(), v.label(), release, v.status(), v.note()) : v).toList());
        }).toList();
        return new SpecRegister(baselines, updated, specs.texts());
    }

    /** The register's id scheme: its most used letter prefix, numbered on from its highest number, as wide as its ids. */
    private static final class RowIds {
        private final String prefix;
        private final int width;
        private final Set<String> taken = new HashSet<>();
        private int next;

        RowIds(List<ImpactRow> rows) {
            Map<String, Integer> uses = new HashMap<>();
            String mostUsed = "A";
            int widest = 2;
            for (ImpactRow row : rows) {
                taken.add(row.id());
                Matcher m = ID.matcher(row.id());
                if (m.matches()) {
                    int count = uses.merge(m.group(1), 1, Integer::sum);
                    if (count >= uses.getOrDefault(mostUsed, 0)) {
                        mostUsed = m.group(1);
                    }
                }
            }
            int highest = 0;
            for (ImpactRow row : rows) {
                Matcher m = ID.matcher(row.id());
                if (m.matches() && m.group(1).equals(mostUsed)) {
                    widest = Math.max(widest, m.group(2).length());
                    highest = Math.max(highest, Integer.parseInt(m.group(2)));
                }
            }
            this.prefix = mostUsed;
            this.width = widest;
            this.next = highest + 1;
        }

        String next() {
            String id;
            do {
                id = prefix + String.format(Locale.ROOT, "%0" + width + "d", next++);
            } while (taken.contains(id));
            taken.add(id);
            return id;
        }

    }
}
