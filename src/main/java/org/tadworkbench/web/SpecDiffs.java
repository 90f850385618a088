package org.tadworkbench.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.specdiff.ClauseAligner;
import org.tadworkbench.specdiff.SpecDiff;

/**
 * The comparisons the pages ask for, the few most recent kept: every section page that cites an older version asks
 * for the same diff, and aligning a 500-clause document is not free. Keyed by the two texts themselves, so a diff is
 * never older than the text it compares (pages load the workspace per request).
 */
@Component
class SpecDiffs {

    private static final int KEPT = 8;

    private record Pair(ClauseTree from, ClauseTree to) {
    }

    private final Map<Pair, SpecDiff> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Pair, SpecDiff> eldest) {
            return size() > KEPT;
        }
    };

    SpecDiff diff(ClauseTree from, ClauseTree to) {
        Pair pair = new Pair(from, to);
        synchronized (recent) {
            SpecDiff known = recent.get(pair);
            if (known != null) {
                return known;
            }
        }
        SpecDiff diff = ClauseAligner.diff(from, to);
        synchronized (recent) {
            recent.put(pair, diff);
        }
        return diff;
    }
}
