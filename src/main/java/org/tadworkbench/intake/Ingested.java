package org.tadworkbench.intake;

import java.util.List;
import org.tadworkbench.spec.SpecClause;

/**
 * What one reader made of a specification file: its clauses in document order (text already through
 * {@link SpecClause#tidy}), how many tables it kept, and everything it could not place in a clause (text before
 * the first heading, an image, an object), each with its location, so that nothing is dropped without a word.
 */
public record Ingested(List<SpecClause> clauses, int tables, List<Unplaced> unplaced) {
    public Ingested {
        clauses = List.copyOf(clauses);
        unplaced = List.copyOf(unplaced);
    }

    /** Something the reader saw but could not put in a clause: where (page, paragraph, line) and what. */
    public record Unplaced(String location, String what) {
    }
}
