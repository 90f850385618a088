package org.tadworkbench.archimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.generate.GeneratorSize;
import org.tadworkbench.generate.WorkspaceGenerator;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.ElementType;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.RelationshipType;
import org.tadworkbench.model.Variation;
import org.tadworkbench.model.VariationKind;
import org.tadworkbench.model.View;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceWriter;

/** Merging by id: imported things replace theirs in place, new ones are appended, nothing is lost. */
class ArchimateMergeTests {

    @TempDir
    Path tmp;

    private static final Element A = new Element("a", ElementType.PARTY, "A", null, Applicability.BOTH, null, null);
    private static final Element B = new Element("b", ElementType.DEVICE, "B", null, Applicability.BOTH, null, null);
    private static final Relationship AB = new Relationship("ab", RelationshipType.USES, "a", "b", Applicability.BOTH);
    private static final Variation V = new Variation("v1", "b", VariationKind.CONSTRAINED, null, "DUIS", null, null);
    private static final View VIEW = new View("all", "All", null, List.of(), List.of(), List.of(), null);

    @Test
    void replacesByIdInPlaceAndAppendsTheRest() {
        ArchitectureModel existing = new ArchitectureModel(List.of(A, B), List.of(AB), List.of(V), List.of(VIEW));
        Element renamed = new Element("a", ElementType.PARTY, "A renamed", "A1", Applicability.BOTH, null, null);
        Element added = new Element("c", ElementType.NETWORK, "C", null, Applicability.SMETS1, null, null);
        View narrowed = new View("all", "Some", null, List.of(), List.of(), List.of("a", "c"), null);
        ArchitectureModel imported = new ArchitectureModel(List.of(added, renamed, B), List.of(), List.of(), List.of(narrowed));

        ArchimateMerge.Result result = ArchimateMerge.merge(existing, imported);

        assertThat(result.model().elements()).containsExactly(renamed, B, added);
        assertThat(result.model().relationships()).containsExactly(AB);
        assertThat(result.model().variations()).containsExactly(V);
        assertThat(result.model().views()).containsExactly(narrowed);
        assertThat(result.elements()).isEqualTo(new ArchimateMerge.Changes(1, 1, 1));
        assertThat(result.views()).isEqualTo(new ArchimateMerge.Changes(0, 1, 0));
        assertThat(result.describe()).isEqualTo("elements 1 added, 1 updated, 1 unchanged; "
                + "relationships 0 added, 0 updated, 0 unchanged; views 0 added, 1 updated, 0 unchanged");
        assertThat(result.changed()).isTrue();
    }

    @Test
    void aViewThatComesBackAsAListOfWhatItShowsKeepsItsSelector() {
        View devices = new View("devices", "Devices", "4.1", List.of(ElementType.DEVICE), List.of(), List.of(), null);
        ArchitectureModel existing = new ArchitectureModel(List.of(A, B), List.of(AB), List.of(), List.of(devices));
        View listed = new View("devices", "Devices", "4.1", List.of(), List.of(), List.of("b"), null);
        View moreListed = new View("devices", "Devices", "4.1", List.of(), List.of(), List.of("a", "b"), null);

        ArchimateMerge.Result same = ArchimateMerge.merge(existing, new ArchitectureModel(List.of(), List.of(), List.of(), List.of(listed)));
        ArchimateMerge.Result more = ArchimateMerge.merge(existing, new ArchitectureModel(List.of(), List.of(), List.of(), List.of(moreListed)));

        assertThat(same.model().views()).containsExactly(devices);
        assertThat(same.changed()).isFalse();
        assertThat(more.model().views()).containsExactly(moreListed);
        assertThat(more.views()).isEqualTo(new ArchimateMerge.Changes(0, 1, 0));
    }

    @Test
    void mergingTheArchiFileIntoAGeneratedWorkspaceLintsClean() throws ArchimateImportException, IOException {
        Workspace ws = new WorkspaceGenerator().generate(new GeneratorSize(20, 40, 80, 80, 5));
        ImportedModel imported = new ArchimateImporter().read(ArchiFileImportTests.FIXTURE);

        ArchitectureModel merged = ArchimateMerge.merge(ws.model(), imported.model()).model();
        new WorkspaceWriter().write(ws.withModel(merged), tmp);
        LintReport report = new WorkspaceLinter().lint(tmp);

        assertThat(report.findings()).isEmpty();
        assertThat(merged.elements()).hasSize(40 + 13);
        assertThat(merged.variations()).isEqualTo(ws.model().variations());
    }
}
