package org.tadworkbench.specdiff.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One global maximum-weight matching of old to new clauses over scored candidate pairs (the Hungarian method), so
 * that a pair is chosen for the best whole and not because it was looked at first. Pairs that are no candidate
 * weigh nothing, so a clause with no candidate stays unmatched. The candidate graph falls apart into many small
 * connected parts, and each is solved on its own: the optimum of the whole is the optimum of each part.
 */
final class Assignment {

    /** A candidate pair and its weight (its score above the threshold; only positive weights are candidates). */
    record Pair(int from, int to, double weight) {
    }

    private Assignment() {
    }

    /** For each old clause, the index of its new counterpart, or -1. */
    static int[] solve(int fromSize, int toSize, List<Pair> pairs) {
        int[] match = new int[fromSize];
        Arrays.fill(match, -1);
        // Connected parts: union-find over old clauses (0..fromSize-1) and new ones (fromSize..).
        int[] root = new int[fromSize + toSize];
        for (int k = 0; k < root.length; k++) {
            root[k] = k;
        }
        for (Pair p : pairs) {
            int a = find(root, p.from());
            int b = find(root, fromSize + p.to());
            if (a != b) {
                root[Math.max(a, b)] = Math.min(a, b);
            }
        }
        List<List<Pair>> parts = new ArrayList<>();
        int[] partOf = new int[fromSize + toSize];
        Arrays.fill(partOf, -1);
        for (Pair p : pairs) {
            int r = find(root, p.from());
            if (partOf[r] < 0) {
                partOf[r] = parts.size();
                parts.add(new ArrayList<>());
            }
            parts.get(partOf[r]).add(p);
        }
        for (List<Pair> part : parts) {
            solvePart(part, match);
        }
        return match;
    }

    private static int find(int[] root, int k) {
        while (root[k] != k) {
            root[k] = root[root[k]];
            k = root[k];
        }
        return k;
    }

    private static void solvePart(List<Pair> part, int[] match) {
        if (part.size() == 1) {
            match[part.get(0).from()] = part.get(0).to();
            return;
        }
        int[] rows = part.stream().mapToInt(Pair::from).distinct().sorted().toArray();
        int[] cols = part.stream().mapToInt(Pair::to).distinct().sorted().toArray();
        int n = Math.max(rows.length, cols.length);
        double[][] cost = new double[n][n];
        for (Pair p : part) {
            cost[Arrays.binarySearch(rows, p.from())][Arrays.binarySearch(cols, p.to())] = -p.weight();
        }
        int[] colForRow = hungarian(cost);
        for (int r = 0; r < rows.length; r++) {
            int c = colForRow[r];
            if (c < cols.length && cost[r][c] < 0) {
                match[rows[r]] = cols[c];
            }
        }
    }

    /** Minimum-cost perfect assignment of a square matrix (shortest augmenting paths with potentials, O(n³)). */
    static int[] hungarian(double[][] cost) {
        int n = cost.length;
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        double[] minv = new double[n + 1];
        boolean[] used = new boolean[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                double[] row = cost[i0 - 1];
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = row[j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] colForRow = new int[n];
        for (int j = 1; j <= n; j++) {
            colForRow[p[j] - 1] = j - 1;
        }
        return colForRow;
    }
}
