package org.tadworkbench.publish;

import java.util.List;
import org.tadworkbench.document.GlossaryTerm;
import org.tadworkbench.publish.html.TermAnchors;

/**
 * The id a glossary term is anchored at ({@code term-hht}), the same in the published HTML and wherever the workbench
 * links to a term (search results): one rule, {@link TermAnchors}'s.
 */
public final class TermIds {

    private final TermAnchors anchors;

    public TermIds(List<GlossaryTerm> glossary) {
        this.anchors = new TermAnchors(glossary);
    }

    /** The term's id; null for a term the glossary does not have. */
    public String of(String term) {
        return anchors.anchor(term);
    }
}
