package org.tadworkbench.redline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The order a comparison of two outlines lists its changes in, for the document redline and the specification diff
 * alike: the newer outline's order, each item of the older one that has no counterpart shown right after the
 * counterpart of its nearest matched predecessor (or first, when none precedes it).
 */
public final class ChangeOrder {

    private ChangeOrder() {
    }

    /**
     * {@code newForOld[i]} is the index in the newer outline of the older item i, or -1 when it was removed;
     * {@code kept} makes the change for a newer item, {@code removed} the change for a removed older one.
     */
    public static <T> List<T> of(int[] newForOld, int newCount, IntFunction<T> kept, IntFunction<T> removed) {
        List<List<Integer>> removedAfter = new ArrayList<>();
        for (int j = 0; j <= newCount; j++) {
            removedAfter.add(new ArrayList<>());
        }
        int anchor = -1;
        for (int i = 0; i < newForOld.length; i++) {
            if (newForOld[i] >= 0) {
                anchor = newForOld[i];
            } else {
                removedAfter.get(anchor + 1).add(i);
            }
        }
        List<T> changes = new ArrayList<>(Math.max(newForOld.length, newCount));
        removedAfter.get(0).forEach(i -> changes.add(removed.apply(i)));
        for (int j = 0; j < newCount; j++) {
            changes.add(kept.apply(j));
            removedAfter.get(j + 1).forEach(i -> changes.add(removed.apply(i)));
        }
        return changes;
    }
}
