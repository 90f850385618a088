package org.tadworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.GlossaryTerm;
import org.tadworkbench.lint.WorkspaceLinter;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.Element;
import org.tadworkbench.publish.AssembledDocument;
import org.tadworkbench.publish.DocumentAssembly;
import org.tadworkbench.publish.Figure;

/** A published version keeps its own model, glossary and references beside its text, and is built with them. */
class VersionSnapshotRegistersTests {

    @TempDir
    Path tmp;

    @Test
    void theLiveVersionOfTheReferenceWorkspaceIsBuiltWithTheModelItWasPublishedWith() {
        Workspace ws = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace();
        ArchitectureModel v2 = ws.modelOf("2.0");

        assertThat(v2).isNotEqualTo(ws.model()).isEqualTo(ws.snapshot("2.0").orElseThrow().model());
        assertThat(v2.elements()).extracting(Element::applicability).doesNotContain(Applicability.SMETS1);
        assertThat(v2.elements()).extracting(Element::id).doesNotContain("s1sp", "dco");
        assertThat(v2.variations()).isEmpty();
        assertThat(ws.modelOf("3.0")).isSameAs(ws.model());
        assertThat(ws.glossaryOf("2.0")).extracting(GlossaryTerm::term).doesNotContain("S1SP", "DCO", "SMETS1");
        assertThat(ws.glossaryOf("3.0")).extracting(GlossaryTerm::term).contains("S1SP");
    }

    @Test
    void theFullBuildOfV2DrawsItsOwnFiguresWithNothingAboutSmets1() {
        Workspace ws = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace();

        AssembledDocument doc = DocumentAssembly.assemble(ws, "2.0", Applicability.BOTH);

        assertThat(doc.figures()).isNotEmpty();
        assertThat(doc.figures().values()).extracting(Figure::svg)
                .noneMatch(svg -> svg.contains("added for SMETS1") || svg.contains("what SMETS1 changes") || svg.contains("S1SP"));
        assertThat(doc.glossary()).extracting(GlossaryTerm::term).doesNotContain("S1SP");
    }

    @Test
    void snapshotRegistersSurviveWriteThenReadAndATextOnlySnapshotStaysTextOnly() throws IOException {
        Workspace ws = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace();
        VersionSnapshot kept = ws.snapshot("2.0").orElseThrow();
        Workspace textOnly = ws.withVersions(ws.manifest(), List.of(new VersionSnapshot("2.0", kept.sections())));

        new WorkspaceWriter().write(ws, tmp.resolve("kept"));
        new WorkspaceWriter().write(textOnly, tmp.resolve("text"));

        VersionSnapshot reread = new WorkspaceReader().read(tmp.resolve("kept")).workspace().snapshot("2.0").orElseThrow();
        assertThat(reread).isEqualTo(kept);
        Workspace textReread = new WorkspaceReader().read(tmp.resolve("text")).workspace();
        assertThat(textReread.snapshot("2.0").orElseThrow().keptModel()).isEmpty();
        assertThat(textReread.modelOf("2.0")).isEqualTo(ws.model());
        assertThat(tmp.resolve("text/versions/2.0/model")).doesNotExist();
    }

    @Test
    void aBrokenSnapshotModelIsALintErrorNamingItsFile() throws IOException {
        Path copy = TestWorkspaces.copyOfReference(tmp);
        Path relationships = copy.resolve("versions/2.0/model/relationships.yaml");
        Files.writeString(relationships, Files.readString(relationships) + """
                  - id: r-broken
                    type: serves
                    from: s1sp
                    to: dcc
                    applicability: both
                """);

        var errors = new WorkspaceLinter().lint(copy).findings().stream()
                .filter(f -> f.level() == Finding.Level.ERROR).toList();

        assertThat(errors).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("versions/2.0/model/relationships.yaml");
            assertThat(f.message()).contains("unknown element 's1sp'");
        });
    }
}
