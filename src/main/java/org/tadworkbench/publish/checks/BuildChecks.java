package org.tadworkbench.publish.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Optional;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.DocumentReference;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.Section;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.spec.Specification;
import org.tadworkbench.workspace.Finding;
import org.tadworkbench.workspace.Location;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.Workspace;

/**
 * What must hold before a version is published: the workspace lint (terminology at the glossary's severity
 * included), then the checks that depend on the version and variant being built: figures have captions
 * (error), {@code section:} links resolve in that version (error; a link to a section this variant leaves out is a
 * warning), and every document reference tied to a specification has a version of it in the release baseline the
 * version is drafted for (warning).
 */
public final class BuildChecks {

    private BuildChecks() {
    }

    public static LintReport run(ReadResult read, String version, Applicability variant) {
        Workspace ws = read.workspace();
        List<Section> sections = ws.sectionsOf(version).orElse(List.of());
        // The text checks need nothing from the lint: run them beside it.
        CompletableFuture<List<Finding>> text = CompletableFuture.supplyAsync(
                () -> new TextChecks(read.locations(), sections, variant).check());
        List<Finding> findings = new ArrayList<>(new WorkspaceLinter().lint(read).findings().stream()
                .filter(f -> !f.code().equals(TextChecks.CAPTION)).toList());
        findings.addAll(text.join());
        ws.manifest().versions().stream().filter(v -> v.version().equals(version)).findFirst()
                .map(DocumentVersion::release)
                .ifPresent(release -> findings.addAll(referenceBaselines(read, version, release)));
        return new LintReport(findings.stream().distinct().toList());
    }

    /**
     * The build checks on one edited section of {@code version} before it is stored: the whole version is checked
     * with the section's new text in place, and the findings located in that section are kept (each names the
     * section and the line of the body). The checks cover every variant, since a build of any variant must pass.
     */
    public static LintReport section(Workspace ws, String version, Section edited) {
        List<Section> sections = ws.sectionsOf(version).orElse(List.of()).stream()
                .map(s -> s.number().equals(edited.number()) ? edited : s).toList();
        Workspace withEdit = ws.withSections(sections);
        String place = Locations.sectionPlace(edited.number());
        return new LintReport(run(new ReadResult(withEdit, List.of(), new Locations()), version, Applicability.BOTH)
                .findings().stream().filter(f -> f.file().equals(place)).toList());
    }

    private static List<Finding> referenceBaselines(ReadResult read, String version, String release) {
        Workspace ws = read.workspace();
        List<Finding> findings = new ArrayList<>();
        for (DocumentReference ref : ws.references()) {
            if (ref.spec() == null) {
                continue;
            }
            Optional<Specification> spec = ws.specs().spec(ref.spec());
            if (spec.isPresent() && spec.get().versions().stream().noneMatch(v -> release.equals(v.baseline()))) {
                Location at = read.locations().of(ref, "spec");
                findings.add(Finding.warning(at, "reference-baseline", "reference " + ref.id() + " cites specification "
                        + ref.spec() + ", which has no version in baseline " + release + " (the release of version "
                        + version + ")"));
            }
        }
        return findings;
    }
}
