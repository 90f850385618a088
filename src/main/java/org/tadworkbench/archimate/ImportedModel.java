package org.tadworkbench.archimate;

import java.util.List;
import org.tadworkbench.model.ArchitectureModel;

/**
 * What an exchange file holds, as our model: its elements, relationships and views (never variations, which
 * ArchiMate cannot express). {@code identifier} and {@code name} are the file's model identifier and name;
 * {@code warnings} say what was left out and why, e.g. a relationship that connects to another relationship.
 */
public record ImportedModel(String identifier, String name, ArchitectureModel model, List<String> warnings) {
    public ImportedModel {
        warnings = List.copyOf(warnings);
    }
}
