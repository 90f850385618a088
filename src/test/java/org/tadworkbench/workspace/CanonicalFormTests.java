package org.tadworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.GlossaryTerm;
import org.tadworkbench.document.Section;
import org.tadworkbench.generate.GeneratorSize;
import org.tadworkbench.generate.WorkspaceGenerator;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ImpactStatus;
import org.tadworkbench.impact.ImpactTarget;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecClause;

/**
 * The canonical form is a fixed point: writing what was read gives the same bytes, and reading what was written
 * gives the same values, whatever text users type (checked with seeded random text).
 */
class CanonicalFormTests {

    private static final String ALPHABET = "abcXYZ019 .,:;#-_'\"\\/|>?!*&%@`[]{}()\t\n\r\u00e9\u2013\u00a3\u0085\u2028\ufeff\u0001";

    @TempDir
    Path tmp;

    @Test
    void referenceWorkspaceIsInCanonicalForm() throws IOException {
        ReadResult read = new WorkspaceReader().read(TestWorkspaces.REFERENCE);

        for (var file : new WorkspaceWriter().render(read.workspace()).entrySet()) {
            assertThat(Files.readString(TestWorkspaces.REFERENCE.resolve(file.getKey()), StandardCharsets.UTF_8))
                    .as(file.getKey()).isEqualTo(file.getValue());
        }
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 25).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyTextSurvivesWriteThenRead(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Workspace base = new WorkspaceGenerator().generate(new GeneratorSize(12, 3, 4, 10, seed));
        ImpactRow row = new ImpactRow("R1", base.specs().specs().get(0).id(), base.specs().specs().get(0).versions().get(0).version(),
                text(random), text(random), base.sections().get(3).number(), ImpactTarget.FIGURE, text(random),
                text(random) + "x", ImpactStatus.DRAFTING, text(random), text(random), new java.math.BigDecimal("2.5"),
                java.math.BigDecimal.ONE, List.of(base.sections().get(2).number() + "@1.0"));
        Section section = base.sections().get(5);
        Section hostile = new Section(section.number(), "T " + text(random).strip() + " t", Applicability.SMETS1,
                section.references(), section.elements(), "Body " + text(random));
        Workspace written = new Workspace(base.manifest(), replace(base.sections(), section, hostile),
                List.of(new GlossaryTerm("Term " + seed, text(random) + ".", List.of(text(random).strip() + "q"), null)),
                base.references(), base.specs(),
                List.of(new ReleaseImpacts(base.releases().get(0).release(), text(random), List.of(text(random)), List.of(row))),
                base.plan(), base.raid(), base.model(), base.traces(), base.snapshots());

        new WorkspaceWriter().write(written, tmp);
        ReadResult read = new WorkspaceReader().read(tmp);

        assertThat(read.findings()).isEmpty();
        assertThat(read.workspace().releases()).isEqualTo(written.releases());
        assertThat(read.workspace().glossary()).isEqualTo(written.glossary());
        Section back = read.workspace().section(section.number()).orElseThrow();
        assertThat(back.title()).isEqualTo(hostile.title());
        assertThat(back.body()).isEqualTo(org.tadworkbench.workspace.internal.SectionCodec.normaliseBody(hostile.body()));
        assertThat(new WorkspaceWriter().render(read.workspace())).isEqualTo(new WorkspaceWriter().render(written));
    }

    /**
     * Ingested clause text of any shape (numbers, titles, Markdown with tables and code, whatever a reader kept after
     * {@link SpecClause#tidy}) is written to specs/&lt;doc&gt;/&lt;version&gt;/clauses.yaml and read back as the same clauses,
     * and writing again gives the same bytes: the git-diffable form a drafter commits.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void ingestedClauseTextSurvivesWriteThenReadByteForByte(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Workspace base = new WorkspaceGenerator().generate(new GeneratorSize(12, 3, 4, 10, seed));
        org.tadworkbench.spec.Specification spec = base.specs().specs().get(0);
        List<SpecClause> clauses = new java.util.ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(20); i++) {
            String number = switch (random.nextInt(3)) {
                case 0 -> "";
                case 1 -> (1 + random.nextInt(12)) + "." + random.nextInt(30);
                default -> "A." + (1 + random.nextInt(9));
            };
            String text = SpecClause.tidy(text(random) + "\n\n" + text(random) + "\n  " + text(random)
                    + "\n\n| a | b |\n|---|---|\n| " + text(random).strip() + " | 2 |\n\n    code\tline  \n");
            clauses.add(new SpecClause(number, text(random).strip() + "t", 1 + random.nextInt(4),
                    random.nextBoolean() ? text : "", random.nextBoolean() ? "page " + random.nextInt(300) : null));
        }
        ClauseTree tree = new ClauseTree(spec.id(), spec.versions().get(0).version(), "spec.docx (docx)", clauses);
        Workspace written = base.withSpecs(base.specs().withText(tree));

        new WorkspaceWriter().write(written, tmp);
        ReadResult read = new WorkspaceReader().read(tmp);

        assertThat(read.findings()).isEmpty();
        assertThat(Files.exists(tmp.resolve("specs/" + spec.id() + "/" + tree.version() + "/clauses.yaml"))).isTrue();
        assertThat(read.workspace().specs().texts()).containsExactly(tree);
        assertThat(new WorkspaceWriter().render(read.workspace())).isEqualTo(new WorkspaceWriter().render(written));
    }

    /** A clauses.yaml under another document's or version's folder is an error that says where it belongs. */
    @Test
    void clausesFiledUnderTheWrongVersionAreFoundWithTheirPlace() throws IOException {
        Workspace base = new WorkspaceGenerator().generate(new GeneratorSize(12, 3, 4, 10, 1));
        org.tadworkbench.spec.Specification spec = base.specs().specs().get(0);
        ClauseTree tree = new ClauseTree(spec.id(), spec.versions().get(0).version(), null,
                List.of(new SpecClause("1", "Scope", 1, "Text.", null)));
        new WorkspaceWriter().write(base.withSpecs(base.specs().withText(tree)), tmp);
        Path misplaced = tmp.resolve("specs/" + spec.id() + "/9.9/clauses.yaml");
        Files.createDirectories(misplaced.getParent());
        Files.move(tmp.resolve("specs/" + spec.id() + "/" + tree.version() + "/clauses.yaml"), misplaced);

        ReadResult read = new WorkspaceReader().read(tmp);

        assertThat(read.findings()).anySatisfy(f -> {
            assertThat(f.file()).isEqualTo("specs/" + spec.id() + "/9.9/clauses.yaml");
            assertThat(f.message()).contains("belong in specs/" + spec.id() + "/" + tree.version() + "/clauses.yaml");
        });
        assertThat(read.workspace().specs().texts()).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatorIsDeterministicAndItsWorkspacesAreValid(long seed) {
        GeneratorSize size = new GeneratorSize(40 + (int) seed * 7, 10, 30, 50, seed);
        Workspace one = new WorkspaceGenerator().generate(size);

        assertThat(new WorkspaceWriter().render(one)).isEqualTo(new WorkspaceWriter().render(new WorkspaceGenerator().generate(size)));
        assertThat(one.sections()).hasSize(size.sections());
        assertThat(one.model().relationships()).hasSize(size.relationships());
        assertThat(one.traces()).hasSize(size.links());
    }

    private static List<Section> replace(List<Section> sections, Section old, Section replacement) {
        return sections.stream().map(s -> s == old ? replacement : s).toList();
    }

    /** Random text with the characters that break naive YAML: indicators, quotes, escapes, line breaks, BOM. */
    private static String text(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
