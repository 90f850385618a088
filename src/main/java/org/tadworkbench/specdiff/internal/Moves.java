package org.tadworkbench.specdiff.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tadworkbench.spec.SpecClause;

/**
 * Which aligned clauses moved: those whose parent is not the counterpart of their old parent (or that changed
 * between the top level and a parent), and, among clauses that kept their parent, the fewest whose order among
 * their siblings must change to explain the new order (all but a longest run of siblings in their old order). A
 * clause that only shifted because another was inserted or removed before it did not move.
 */
public final class Moves {

    private Moves() {
    }

    /** For each old clause, whether it moved (false for a removed one). */
    public static boolean[] of(List<SpecClause> older, List<SpecClause> newer, int[] match) {
        int[] oldParent = Tree.parents(older);
        int[] newParent = Tree.parents(newer);
        boolean[] moved = new boolean[older.size()];
        // Siblings under each new parent (index + 1; 0 is the top level) that kept their parent, in new order.
        List<List<Integer>> kept = new ArrayList<>();
        for (int k = 0; k <= newer.size(); k++) {
            kept.add(null);
        }
        int[] oldForNew = new int[newer.size()];
        Arrays.fill(oldForNew, -1);
        for (int i = 0; i < match.length; i++) {
            if (match[i] >= 0) {
                oldForNew[match[i]] = i;
            }
        }
        for (int j = 0; j < newer.size(); j++) {
            int i = oldForNew[j];
            if (i < 0) {
                continue;
            }
            int po = oldParent[i];
            int pn = newParent[j];
            boolean sameParent = po < 0 ? pn < 0 : pn >= 0 && match[po] == pn;
            if (!sameParent) {
                moved[i] = true;
                continue;
            }
            if (kept.get(pn + 1) == null) {
                kept.set(pn + 1, new ArrayList<>());
            }
            kept.get(pn + 1).add(i);
        }
        for (List<Integer> siblings : kept) {
            if (siblings != null && siblings.size() > 1) {
                boolean[] inOrder = longestIncreasing(siblings);
                for (int k = 0; k < siblings.size(); k++) {
                    if (!inOrder[k]) {
                        moved[siblings.get(k)] = true;
                    }
                }
            }
        }
        return moved;
    }

    /** Marks the members of one longest strictly increasing subsequence (patience sorting). */
    static boolean[] longestIncreasing(List<Integer> values) {
        int n = values.size();
        int[] tailIndex = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int k = 0; k < n; k++) {
            int v = values.get(k);
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (values.get(tailIndex[mid]) < v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[k] = lo > 0 ? tailIndex[lo - 1] : -1;
            tailIndex[lo] = k;
            if (lo == length) {
                length++;
            }
        }
        boolean[] member = new boolean[n];
        for (int k = length > 0 ? tailIndex[length - 1] : -1; k >= 0; k = previous[k]) {
            member[k] = true;
        }
        return member;
    }
}
