package org.tadworkbench.consultation;

import java.util.List;
import org.tadworkbench.impactsheet.SheetProblem;
import org.tadworkbench.review.Comment;

/** A read response form: the comments to record (all rows valid), or the problems and no comment. */
public record FormImport(List<Comment> comments, List<SheetProblem> problems) {

    public FormImport {
        comments = List.copyOf(comments);
        problems = List.copyOf(problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
