package org.tadworkbench.archimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.VariantModel;
import org.tadworkbench.model.View;
import org.tadworkbench.model.ViewContents;

/** Export then import gives back the same elements, relationships and view memberships. */
class ArchimateRoundTripTests {

    static List<Arguments> models() {
        return List.of(Arguments.of("every type", TestModels.everyType()), Arguments.of("generated seed 3", TestModels.generated(3)),
                Arguments.of("generated seed 2019", TestModels.generated(2019)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void elementsAndRelationshipsComeBackEqual(String name, ArchitectureModel model) throws ArchimateImportException {
        ImportedModel imported = roundTrip(model);

        assertThat(imported.model().elements()).containsExactlyElementsOf(model.elements());
        assertThat(imported.model().relationships()).containsExactlyElementsOf(model.relationships());
        assertThat(imported.model().variations()).isEmpty();
        assertThat(imported.name()).isEqualTo("Round trip & back");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void viewsShowTheSameElementsInEachVariant(String name, ArchitectureModel model) throws ArchimateImportException {
        // Imported views are judged with the original model's variations, which the exchange does not carry.
        ImportedModel imported = roundTrip(model);

        Map<String, View> importedViews = imported.model().views().stream().collect(Collectors.toMap(View::id, Function.identity()));
        for (View view : model.views()) {
            if (!importedViews.containsKey(view.id())) {
                assertThat(members(model, view, Applicability.SMETS2PLUS)).isEmpty();
                assertThat(members(model, view, Applicability.SMETS1)).isEmpty();
                continue;
            }
            View back = importedViews.get(view.id());
            assertThat(back.title()).isEqualTo(view.title());
            assertThat(back.figure()).isEqualTo(view.figure());
            assertThat(back.description()).isEqualTo(view.description());
            assertThat(back.relationshipTypes()).isEqualTo(view.relationshipTypes());
            for (Applicability variant : List.of(Applicability.SMETS2PLUS, Applicability.SMETS1)) {
                assertThat(members(model, back, variant)).as("%s in %s", view.id(), variant)
                        .isEqualTo(members(model, view, variant));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aSecondRoundTripChangesNoByte(String name, ArchitectureModel model) throws ArchimateImportException {
        ArchimateExporter exporter = new ArchimateExporter();
        String first = exporter.export(model, "round-trip", "Round trip & back");
        // The imported views, frozen lists of what they showed, in place of the originals (not merged: a merge
        // would keep the originals because they show the same).
        Map<String, View> imported = roundTrip(model).model().views().stream().collect(Collectors.toMap(View::id, Function.identity()));
        List<View> views = model.views().stream().map(v -> imported.getOrDefault(v.id(), v)).toList();
        ArchitectureModel reimported = new ArchitectureModel(model.elements(), model.relationships(), model.variations(), views);

        assertThat(reimported.views()).isNotEqualTo(model.views());
        assertThat(exporter.export(reimported, "round-trip", "Round trip & back")).isEqualTo(first);
    }

    @org.junit.jupiter.api.Test
    void anEmptyDiagramIsLeftOutWithAWarning() throws ArchimateImportException {
        ImportedModel imported = roundTrip(TestModels.everyType());

        assertThat(imported.model().views()).extracting(View::id).doesNotContain("nothing");
        assertThat(imported.warnings()).containsExactly(
                "view 'id-nothing_view' shows no elements and was left out (a view that lists no elements shows all of them)");
    }

    private static ImportedModel roundTrip(ArchitectureModel model) throws ArchimateImportException {
        String xml = new ArchimateExporter().export(model, "round-trip", "Round trip & back");
        return new ArchimateImporter().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> members(ArchitectureModel model, View view, Applicability variant) {
        return ViewContents.of(view, VariantModel.of(model, variant)).elements().stream().map(Element::id).sorted().toList();
    }
}
