package org.tadworkbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.Section;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ReleaseImpacts;

/** Everything that mentions a model element or relationship: what a change to it would touch. */
public final class WhereUsed {

    private WhereUsed() {
    }

    public static List<Usage> of(ArchitectureModel model, List<Section> sections, List<ReleaseImpacts> releases, String id) {
        List<Usage> usages = new ArrayList<>();
        Element element = model.element(id).orElse(null);
        Pattern mention = element == null ? null : mention(element);
        for (Section section : sections) {
            if (section.elements().contains(id)) {
                usages.add(new Usage("section", section.number(), section.title(), "describes it (front matter)"));
            } else if (mention != null && mention.matcher(section.title() + "\n" + section.body()).find()) {
                usages.add(new Usage("section", section.number(), section.title(), "mentions it in its text"));
            }
        }
        VariantModel smets2plus = VariantModel.of(model, Applicability.SMETS2PLUS);
        VariantModel smets1 = VariantModel.of(model, Applicability.SMETS1);
        for (View view : model.views()) {
            if (shows(view, smets2plus, id) || shows(view, smets1, id)) {
                usages.add(new Usage("view", view.id(), view.title(), "shows it"));
            }
        }
        for (Relationship r : model.relationships()) {
            if (r.from().equals(id) || r.to().equals(id)) {
                usages.add(new Usage("relationship", r.id(), r.from() + " " + r.type().name().toLowerCase().replace('_', '-') + " " + r.to(),
                        r.from().equals(id) ? "starts at it" : "ends at it"));
            }
        }
        for (Variation v : model.variations()) {
            if (v.target().equals(id) || id.equals(v.replacement())) {
                usages.add(new Usage("variation", v.id(), v.kind().name().toLowerCase().replace('_', '-') + " (" + v.source() + ")",
                        v.target().equals(id) ? "varies it for SMETS1" : "names it as the SMETS1 replacement"));
            }
        }
        for (ReleaseImpacts release : releases) {
            for (ImpactRow row : release.impacts()) {
                String text = String.join("\n", nonNull(row.change()), nonNull(row.note()), nonNull(row.sectionTitle()), nonNull(row.clauseTitle()));
                if (mention != null && mention.matcher(text).find()) {
                    usages.add(new Usage("impact-row", release.release() + "/" + row.id(), row.document() + " "
                            + nonNull(row.clause()) + " → " + row.section(), "mentions it"));
                }
            }
        }
        return usages;
    }

    private static boolean shows(View view, VariantModel variant, String id) {
        ViewContents contents = ViewContents.of(view, variant);
        return contents.elements().stream().anyMatch(e -> e.id().equals(id))
                || contents.relationships().stream().anyMatch(r -> r.id().equals(id));
    }

    /** The element's code as a whole token (case as written), or its full name in any case. */
    private static Pattern mention(Element element) {
        String name = Pattern.quote(element.name());
        String alternatives = element.code() == null ? "(?i:" + name + ")"
                : Pattern.quote(element.code()) + "|(?i:" + name + ")";
        return Pattern.compile("(?<![\\w.])(?:" + alternatives + ")(?![\\w+]|\\.\\d)");
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
