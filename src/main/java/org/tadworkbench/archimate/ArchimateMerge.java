package org.tadworkbench.archimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.VariantModel;
import org.tadworkbench.model.View;
import org.tadworkbench.model.ViewContents;

/**
 * Merges an imported model into an existing one. Elements, relationships and views are matched by id: an imported
 * one replaces the existing one in its place, a new one is appended. Nothing is deleted, and variations stay as
 * they are (ArchiMate has none), so every id the existing model refers to still exists afterwards.
 * <p>
 * A diagram can only list its elements, so an imported view always comes as a fixed list. When that list shows
 * exactly what the existing view shows, in both variants, with the same title, figure, description and
 * relationship types, the existing view is kept: its selector ("all devices") still grows with the model, and an
 * export followed by an import changes nothing.
 */
public final class ArchimateMerge {

    private ArchimateMerge() {
    }

    /** How many of one kind were added, changed, or found equal. */
    public record Changes(int added, int updated, int unchanged) {
        public String describe(String kind) {
            return kind + " " + added + " added, " + updated + " updated, " + unchanged + " unchanged";
        }
    }

    public record Result(ArchitectureModel model, Changes elements, Changes relationships, Changes views) {
        public boolean changed() {
            return elements.added() + elements.updated() + relationships.added() + relationships.updated()
                    + views.added() + views.updated() > 0;
        }

        public String describe() {
            return elements.describe("elements") + "; " + relationships.describe("relationships") + "; "
                    + views.describe("views");
        }
    }

    public static Result merge(ArchitectureModel existing, ArchitectureModel imported) {
        List<Element> elements = new ArrayList<>();
        Changes elementChanges = byId(existing.elements(), imported.elements(), Element::id, Object::equals, elements);
        List<Relationship> relationships = new ArrayList<>();
        Changes relationshipChanges = byId(existing.relationships(), imported.relationships(), Relationship::id,
                Object::equals, relationships);
        // Views are judged against the merged elements and relationships: that is what they will show.
        ArchitectureModel content = new ArchitectureModel(elements, relationships, existing.variations(), List.of());
        VariantModel smets2plus = VariantModel.of(content, Applicability.SMETS2PLUS);
        VariantModel smets1 = VariantModel.of(content, Applicability.SMETS1);
        List<View> views = new ArrayList<>();
        Changes viewChanges = byId(existing.views(), imported.views(), View::id,
                (before, after) -> showsTheSame(before, after, smets2plus) && showsTheSame(before, after, smets1), views);
        return new Result(new ArchitectureModel(elements, relationships, existing.variations(), views),
                elementChanges, relationshipChanges, viewChanges);
    }

    private static <T> Changes byId(List<T> existing, List<T> imported, Function<T, String> id, BiPredicate<T, T> same,
                                    List<T> merged) {
        Map<String, T> result = new LinkedHashMap<>();
        existing.forEach(item -> result.put(id.apply(item), item));
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (T item : imported) {
            T before = result.get(id.apply(item));
            if (before == null) {
                result.put(id.apply(item), item);
                added++;
            } else if (same.test(before, item)) {
                unchanged++;
            } else {
                result.put(id.apply(item), item);
                updated++;
            }
        }
        merged.addAll(result.values());
        return new Changes(added, updated, unchanged);
    }

    private static boolean showsTheSame(View before, View after, VariantModel variant) {
        if (before.equals(after)) {
            return true;
        }
        return Objects.equals(before.title(), after.title()) && Objects.equals(before.figure(), after.figure())
                && Objects.equals(before.description(), after.description())
                && before.relationshipTypes().equals(after.relationshipTypes())
                && ViewContents.of(before, variant).elements().equals(ViewContents.of(after, variant).elements());
    }
}
