package org.tadworkbench.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecClause;

/**
 * An ingested version's clauses nested by level, for the page that shows them as collapsible {@code <details>}: each
 * clause holds the clauses below it up to the next clause of its level or higher. A clause that skips a level (1 then
 * 3) sits under the nearest clause above it; the text is already HTML, rendered through {@link MarkdownRenderer}.
 */
record ClauseOutline(List<Node> roots, int depth) {

    /** One clause: {@code anchor} is its id on the page, {@code html} its own text rendered. */
    record Node(SpecClause clause, String anchor, String html, List<Node> children) {
    }

    static ClauseOutline of(ClauseTree tree, Function<String, String> render) {
        List<Node> roots = new ArrayList<>();
        Deque<Node> open = new ArrayDeque<>();
        int depth = 0;
        List<String> anchors = anchors(tree);
        for (int i = 0; i < tree.clauses().size(); i++) {
            SpecClause clause = tree.clauses().get(i);
            Node node = new Node(clause, anchors.get(i), render.apply(clause.text()), new ArrayList<>());
            while (!open.isEmpty() && open.peek().clause().level() >= clause.level()) {
                open.pop();
            }
            (open.isEmpty() ? roots : open.peek().children()).add(node);
            open.push(node);
            depth = Math.max(depth, open.size());
        }
        return new ClauseOutline(roots, depth);
    }

    /** Each clause's id on the page, in the tree's order (what search results link to). */
    static List<String> anchors(ClauseTree tree) {
        List<String> anchors = new ArrayList<>(tree.clauses().size());
        java.util.Set<String> used = new java.util.HashSet<>();
        int position = 0;
        for (SpecClause clause : tree.clauses()) {
            position++;
            String anchor = anchor(clause, position);
            anchors.add(used.add(anchor) ? anchor : "c-at-" + position);
        }
        return anchors;
    }

    /** "c-1.4.2" for a numbered clause; "c-at-7" by position for one without a number or with a number seen before. */
    private static String anchor(SpecClause clause, int position) {
        String number = clause.number().replaceAll("[^A-Za-z0-9._-]", "");
        return number.isEmpty() ? "c-at-" + position : "c-" + number;
    }
}
