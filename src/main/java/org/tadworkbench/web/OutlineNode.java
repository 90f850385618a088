package org.tadworkbench.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tadworkbench.document.Section;
import org.tadworkbench.document.SectionNumber;

/**
 * A section with its subsections, so the outline renders as nested lists. {@code descendants} counts every section
 * below it; {@code collapsed} marks a node shown without its subsections (a very large outline, {@link #opened}).
 */
record OutlineNode(Section section, List<OutlineNode> children, int descendants, boolean collapsed) {

    /** The tree of sections given in outline order; a section whose parent is missing hangs at the top. */
    static List<OutlineNode> tree(List<Section> sections) {
        List<Growing> roots = new ArrayList<>();
        Map<String, Growing> byNumber = new HashMap<>();
        for (Section section : sections) {
            Growing node = new Growing(section, new ArrayList<>());
            byNumber.put(section.number(), node);
            parentNumber(section).map(byNumber::get).map(Growing::children).orElse(roots).add(node);
        }
        return roots.stream().map(Growing::done).toList();
    }

    /**
     * The outline with only the first {@code openLevels} levels and the branch down to section {@code open} (may be
     * null or unknown) shown with their subsections; every other node with subsections is collapsed, so the page of
     * a very large document stays short and the way down is a link per branch.
     */
    static List<OutlineNode> opened(List<OutlineNode> tree, int openLevels, String open) {
        return tree.stream().map(node -> node.opened(1, openLevels, open)).toList();
    }

    private OutlineNode opened(int level, int openLevels, String open) {
        if (children.isEmpty()) {
            return this;
        }
        boolean onBranch = open != null && (open.equals(section.number()) || open.startsWith(section.number() + "."));
        if (level >= openLevels && !onBranch) {
            return new OutlineNode(section, List.of(), descendants, true);
        }
        return new OutlineNode(section, children.stream().map(c -> c.opened(level + 1, openLevels, open)).toList(),
                descendants, false);
    }

    private static Optional<String> parentNumber(Section section) {
        if (!SectionNumber.isWellFormed(section.number())) {
            return Optional.empty();
        }
        return SectionNumber.parse(section.number()).parent().map(SectionNumber::toString);
    }

    /** A node while the tree is built, before its subsections are counted. */
    private record Growing(Section section, List<Growing> children) {
        OutlineNode done() {
            List<OutlineNode> finished = children.stream().map(Growing::done).toList();
            return new OutlineNode(section, finished, finished.stream().mapToInt(c -> 1 + c.descendants()).sum(), false);
        }
    }
}
