package org.tadworkbench.specdiff.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.tadworkbench.spec.SpecClause;

/** The outline of a clause list: each clause's parent is the nearest clause before it of a lower level. */
final class Tree {

    private Tree() {
    }

    /** For each clause, the index of its parent, or -1 at the top level. */
    static int[] parents(List<SpecClause> clauses) {
        int[] parent = new int[clauses.size()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < clauses.size(); i++) {
            int level = clauses.get(i).level();
            while (!open.isEmpty() && clauses.get(open.peek()).level() >= level) {
                open.pop();
            }
            parent[i] = open.isEmpty() ? -1 : open.peek();
            open.push(i);
        }
        return parent;
    }
}
