package org.tadworkbench.lint;

import java.util.Set;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.Relationship;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.Workspace;

/** The architecture model: unique ids and relationships between elements that exist. */
final class ModelRules extends Rules {


    ModelRules(Workspace ws, Locations at) {
        super(ws, at);
    }

    @Override
    void run() {
        Set<String> elements = unique(ws.model().elements(), Element::id, "model element").keySet();
        unique(ws.model().relationships(), Relationship::id, "relationship");
        for (Relationship relationship : ws.model().relationships()) {
            if (!elements.contains(relationship.from())) {
                error(relationship, "from", "unknown-element", "relationship " + relationship.id()
                        + " starts at unknown element '" + relationship.from() + "'");
            }
            if (!elements.contains(relationship.to())) {
                error(relationship, "to", "unknown-element", "relationship " + relationship.id()
                        + " ends at unknown element '" + relationship.to() + "'");
            }
        }
    }
}
