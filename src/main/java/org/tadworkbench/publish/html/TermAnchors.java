package org.tadworkbench.publish.html;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tadworkbench.document.GlossaryTerm;

/**
 * The glossary's anchors ({@code term-acb}, unique and stable: the same glossary always gives the same ids) and
 * one pattern that finds any defined term in running text as a whole word, longest term first, so that
 * "DCC User" wins over "DCC".
 */
public final class TermAnchors {

    private final Map<String, String> anchors = new LinkedHashMap<>();
    private final Pattern pattern;

    public TermAnchors(List<GlossaryTerm> glossary) {
        Set<String> used = new HashSet<>();
        for (GlossaryTerm term : glossary) {
            if (anchors.containsKey(term.term())) {
                continue;
            }
            String base = "term-" + Html.slug(term.term());
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            anchors.put(term.term(), id);
        }
        String alternation = anchors.keySet().stream().sorted(Comparator.comparing(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).map(Pattern::quote).collect(Collectors.joining("|"));
        pattern = alternation.isEmpty() ? null
                : Pattern.compile("(?<![\\p{Alnum}_-])(?:" + alternation + ")(?![\\p{Alnum}_+-])");
    }

    /** The anchor id of a defined term. */
    public String anchor(String term) {
        return anchors.get(term);
    }

    /** Matches any defined term as a whole word; null when the glossary is empty. */
    Pattern pattern() {
        return pattern;
    }
}
