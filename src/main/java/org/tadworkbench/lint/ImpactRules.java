package org.tadworkbench.lint;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tadworkbench.document.Section;
import org.tadworkbench.document.SectionNumber;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ImpactStatus;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.spec.Baseline;
import org.tadworkbench.spec.SpecVersion;
import org.tadworkbench.spec.Specification;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceFiles;

/**
 * The impact registers: each row names a known document and version and an existing section. A row whose
 * section title disagrees with the outline is reported, never corrected: the assessment is a record.
 */
final class ImpactRules extends Rules {


    ImpactRules(Workspace ws, Locations at) {
        super(ws, at);
    }

    @Override
    void run() {
        Map<String, Section> sections = ws.sections().stream()
                .collect(Collectors.toMap(Section::number, Function.identity(), (a, b) -> a));
        Set<String> baselines = ws.specs().baselines().stream().map(Baseline::id).collect(Collectors.toSet());
        for (ReleaseImpacts release : ws.releases()) {
            String expectedFile = WorkspaceFiles.impactsFile(release.release());
            String storedIn = at.of(release).file();
            if (!storedIn.equals(expectedFile) && !storedIn.equals(Locations.UNKNOWN_FILE)) {
                error(release, "release", "release-folder", "release '" + release.release() + "' is stored in "
                        + at.of(release).file() + "; it belongs in " + expectedFile);
            }
            if (!baselines.contains(release.release())) {
                error(release, "release", "unknown-release", "release '" + release.release()
                        + "' is not a baseline in specs.yaml");
            }
            unique(release.impacts(), ImpactRow::id, "impact row id");
            release.impacts().forEach(row -> checkRow(row, sections));
        }
    }

    private void checkRow(ImpactRow row, Map<String, Section> sections) {
        checkLifecycle(row, sections);
        Optional<Specification> spec = ws.specs().spec(row.document());
        if (spec.isEmpty()) {
            error(row, "document", "unknown-spec", "row " + row.id() + " names document '" + row.document()
                    + "', which is not in specs.yaml");
        } else if (row.version() != null && spec.get().versions().stream().map(SpecVersion::version).noneMatch(row.version()::equals)) {
            error(row, "version", "unknown-version", "row " + row.id() + " names " + row.document() + " version '"
                    + row.version() + "', which specs.yaml does not list");
        }
        if (!row.hasImpact()) {
            // A proposed row may propose no impact: an expert confirms it (no-impact) or gives it a section.
            if (row.status() != ImpactStatus.NO_IMPACT && row.status() != ImpactStatus.PROPOSED) {
                warning(row, "status", "impact-status", "row " + row.id() + " has no impacted section but status "
                        + row.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            return;
        }
        // A section found not impacted is a record when the row says why (a rejected proposal); without a reason it
        // looks like a slip.
        if (row.status() == ImpactStatus.NO_IMPACT && (row.note() == null || row.note().isBlank())) {
            warning(row, "status", "impact-status", "row " + row.id() + " names section " + row.section()
                    + " but has status no-impact; say why in its note, or set its section to none");
        }
        if (!SectionNumber.isWellFormed(row.section())) {
            error(row, "section", "section-number", "row " + row.id() + ": malformed section number '" + row.section() + "'");
            return;
        }
        Section section = sections.get(row.section());
        if (section == null) {
            error(row, "section", "unknown-section", "row " + row.id() + " names section " + row.section()
                    + ", which is not in the outline");
        } else if (row.sectionTitle() != null && !sameTitle(row.sectionTitle(), section.title())) {
            warning(row, "sectionTitle", "title-mismatch", "row " + row.id() + " calls section " + row.section()
                    + " '" + row.sectionTitle() + "' but the outline calls it '" + section.title() + "'");
        }
    }

    /** Effort is never negative; each realising change names an existing section and document version. */
    private void checkLifecycle(ImpactRow row, Map<String, Section> sections) {
        for (var effort : new java.math.BigDecimal[] {row.estimate(), row.actual()}) {
            if (effort != null && effort.signum() < 0) {
                error(row, effort == row.estimate() ? "estimate" : "actual", "effort", "row " + row.id() + " has negative effort");
            }
        }
        Set<String> versions = ws.manifest().versions().stream().map(v -> v.version()).collect(Collectors.toSet());
        for (String change : row.realisedBy()) {
            String[] parts = change.split("@", -1);
            if (parts.length != 2 || !sections.containsKey(parts[0]) || !versions.contains(parts[1])) {
                error(row, "realisedBy", "realised-by", "row " + row.id() + " is realised by '" + change
                        + "': write SECTION@VERSION with a section of the outline and a version of workspace.yaml");
            }
        }
    }

    /** Titles agree when they differ only in case, punctuation or a bracketed abbreviation. */
    static boolean sameTitle(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", "").replaceAll("[^a-z0-9]+", "");
    }
}
