package org.tadworkbench.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tadworkbench.document.Section;
import org.tadworkbench.document.SectionNumber;

/** A section with its subsections, so the outline renders as nested lists. */
record OutlineNode(Section section, List<OutlineNode> children) {

    /** The tree of sections given in outline order; a section whose parent is missing hangs at the top. */
    static List<OutlineNode> tree(List<Section> sections) {
        List<OutlineNode> roots = new ArrayList<>();
        Map<String, OutlineNode> byNumber = new HashMap<>();
        for (Section section : sections) {
            OutlineNode node = new OutlineNode(section, new ArrayList<>());
            byNumber.put(section.number(), node);
            parentNumber(section).map(byNumber::get).map(OutlineNode::children).orElse(roots).add(node);
        }
        return roots;
    }

    private static Optional<String> parentNumber(Section section) {
        if (!SectionNumber.isWellFormed(section.number())) {
            return Optional.empty();
        }
        return SectionNumber.parse(section.number()).parent().map(SectionNumber::toString);
    }
}
