package org.tadworkbench.archimate.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.model.VariantModel;
import org.tadworkbench.model.View;
import org.tadworkbench.model.ViewContents;

/**
 * Writes our views as ArchiMate diagrams. A view of ours is drawn per variant; a diagram has one membership, so
 * it shows what the view shows in SMETS2+ or in SMETS1. That union comes back as the view's element list, which
 * selects the same elements in each variant as before. Nodes sit on a plain grid: layout is the other tool's job.
 */
public final class DiagramWriter {

    private static final int COLUMNS = 6;
    private static final int MARGIN = 24;
    private static final int WIDTH = 120;
    private static final int HEIGHT = 55;
    private static final int GAP = 40;

    private final ArchitectureModel model;
    private final VariantModel smets2plus;
    private final VariantModel smets1;

    public DiagramWriter(ArchitectureModel model) {
        this.model = model;
        this.smets2plus = VariantModel.of(model, Applicability.SMETS2PLUS);
        this.smets1 = VariantModel.of(model, Applicability.SMETS1);
    }

    public void write(XmlWriter xml, View view) {
        ViewContents first = ViewContents.of(view, smets2plus);
        ViewContents second = ViewContents.of(view, smets1);
        Set<String> members = new HashSet<>();
        first.elements().forEach(e -> members.add(e.id()));
        second.elements().forEach(e -> members.add(e.id()));
        Set<String> drawn = new HashSet<>();
        first.relationships().forEach(r -> drawn.add(r.id()));
        second.relationships().forEach(r -> drawn.add(r.id()));

        xml.start("view", "identifier", Identifiers.view(view.id()), "xsi:type", "Diagram");
        xml.text("name", view.title(), "xml:lang", "en");
        if (view.description() != null) {
            xml.text("documentation", view.description(), "xml:lang", "en");
        }
        TadProperties.write(xml, TadProperties.of(view));
        // Model order, not variant order, so that the same model always gives the same diagram.
        List<Element> nodes = model.elements().stream().filter(e -> members.contains(e.id())).toList();
        for (int i = 0; i < nodes.size(); i++) {
            int x = MARGIN + (i % COLUMNS) * (WIDTH + GAP);
            int y = MARGIN + (i / COLUMNS) * (HEIGHT + GAP);
            xml.empty("node", "identifier", Identifiers.node(view.id(), nodes.get(i).id()),
                    "elementRef", Identifiers.element(nodes.get(i).id()), "xsi:type", "Element",
                    "x", Integer.toString(x), "y", Integer.toString(y), "w", Integer.toString(WIDTH), "h", Integer.toString(HEIGHT));
        }
        // The model's own relationship with its own ends: a SMETS1 redirection to a replacement is not a relationship.
        for (Relationship relationship : model.relationships()) {
            if (drawn.contains(relationship.id()) && members.contains(relationship.from()) && members.contains(relationship.to())) {
                boolean reversed = ArchimateTypes.exportedWholeToPart(relationship.type());
                String source = reversed ? relationship.to() : relationship.from();
                String target = reversed ? relationship.from() : relationship.to();
                xml.empty("connection", "identifier", Identifiers.connection(view.id(), relationship.id()),
                        "relationshipRef", Identifiers.relationship(relationship.id()), "xsi:type", "Relationship",
                        "source", Identifiers.node(view.id(), source), "target", Identifiers.node(view.id(), target));
            }
        }
        xml.end();
    }
}
