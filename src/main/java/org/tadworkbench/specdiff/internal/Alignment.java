package org.tadworkbench.specdiff.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tadworkbench.spec.SpecClause;

/**
 * Which clause of the newer version each clause of the older one became, from numbers, titles and text together.
 * <ol>
 *   <li>Candidates: pairs that share a title word, a three-word shingle of text, the whole title or the number (an
 *       inverted index, so the work grows with the pairs that could match, not with the product of the sizes).</li>
 *   <li>Content score of each candidate: title similarity (the same folded title, else the shared share of the
 *       title words weighted by rarity), text similarity (TF-IDF cosine of the words and Dice of the shingles,
 *       averaged), and a little for the same number and the same relative position. A clause without own text (a
 *       heading over its sub-clauses) is judged on its title.</li>
 *   <li>One global assignment ({@link Assignment}) of the pairs scoring at least {@value #THRESHOLD}.</li>
 *   <li>Context: each pair is scored again with how well its surroundings agree in that first assignment (the
 *       parents aligned, the children aligned to each other's children, the neighbours aligned), which tells apart
 *       clauses of the same title ("General", "Constraints") and carries renamed headings whose sub-clauses align;
 *       then the assignment is made once more.</li>
 * </ol>
 * What stays unmatched was removed (old) or added (new).
 */
public final class Alignment {

    /** Below this a pair is no match: the clause was removed, and the other added. */
    public static final double THRESHOLD = 0.35;
    /** Share of the second pass's score that comes from the context. */
    static final double CONTEXT = 0.25;
    /** A shingle held by more new clauses than this is boilerplate: it makes no pairs candidates. */
    static final int COMMON = 40;
    private static final int CLAUSE_BITS = 20;
    private static final long CLAUSE_MASK = (1L << CLAUSE_BITS) - 1;
    /** The new clauses sharing the most shingles with an old one that are its candidates for that reason. */
    static final int MOST_SHARING = 12;
    /** A title word held by at most this many new clauses makes pairs candidates. */
    static final int RARE_TITLE_WORD = 12;

    private final ClauseFeatures a;
    private final ClauseFeatures b;
    private final double[] idf;
    private final double[] textNormA;
    private final double[] textNormB;
    private int[] newForOld;
    /** While candidates of old clause {@code collecting} are scored: the shingles each new clause shares with it. */
    private final int[] sharedShingles;
    private final int[] counted;
    private int collecting = -1;

    private Alignment(List<SpecClause> older, List<SpecClause> newer) {
        ClauseFeatures.Vocabulary vocabulary = new ClauseFeatures.Vocabulary();
        a = new ClauseFeatures(older, vocabulary);
        b = new ClauseFeatures(newer, vocabulary);
        idf = vocabulary.weights(2 * (a.size + b.size));
        textNormA = norms(a);
        textNormB = norms(b);
        sharedShingles = new int[b.size];
        counted = new int[b.size];
        Arrays.fill(counted, -1);
    }

    /** For each clause of {@code older}, the index of its counterpart in {@code newer}, or -1 when it was removed. */
    public static int[] match(List<SpecClause> older, List<SpecClause> newer) {
        return of(older, newer).newForOld();
    }

    /** The alignment of two clause lists, kept for the questions the classification asks of the same words. */
    public static Alignment of(List<SpecClause> older, List<SpecClause> newer) {
        Alignment alignment = new Alignment(older, newer);
        alignment.newForOld = alignment.run();
        return alignment;
    }

    /** For each old clause, the index of its counterpart in the newer version, or -1 when it was removed. */
    public int[] newForOld() {
        return newForOld.clone();
    }

    /** Whether old clause i and new clause j differ only cosmetically ({@link Folding}), in title and text. */
    public boolean cosmetic(int i, int j, Map<String, String> renumbered) {
        return Folding.sameWords(a.titleWords[i], b.titleWords[j], renumbered)
                && Folding.sameWords(a.textWords[i], b.textWords[j], renumbered);
    }

    private int[] run() {
        Map<Long, Double> content = contentScores();
        int[] first = assign(content);
        Map<Long, Double> withContext = new HashMap<>(content.size() * 2);
        content.forEach((key, score) -> withContext.put(key, (1 - CONTEXT) * score + CONTEXT * context(first, from(key), to(key))));
        // A heading renamed beyond recognition still aligns when its sub-clauses do.
        for (int i = 0; i < a.size; i++) {
            int j = first[i];
            if (j >= 0 && a.parent[i] >= 0 && b.parent[j] >= 0) {
                long key = key(a.parent[i], b.parent[j]);
                if (!withContext.containsKey(key)) {
                    withContext.put(key, (1 - CONTEXT) * score(a.parent[i], b.parent[j]) + CONTEXT * context(first, a.parent[i], b.parent[j]));
                }
            }
        }
        return assign(withContext);
    }

    private int[] assign(Map<Long, Double> scores) {
        List<Assignment.Pair> pairs = new ArrayList<>();
        scores.forEach((key, score) -> {
            if (score >= THRESHOLD) {
                pairs.add(new Assignment.Pair(from(key), to(key), score - THRESHOLD + 1e-6));
            }
        });
        // The matching depends only on the two versions, never on a hash map's order.
        pairs.sort((p, q) -> p.from() != q.from() ? Integer.compare(p.from(), q.from()) : Integer.compare(p.to(), q.to()));
        return Assignment.solve(a.size, b.size, pairs);
    }

    private static long key(int i, int j) {
        return ((long) i << 32) | j;
    }

    private static int from(long key) {
        return (int) (key >>> 32);
    }

    private static int to(long key) {
        return (int) key;
    }

    /** The content score of every candidate pair that could pass the threshold once its context agrees. */
    private Map<Long, Double> contentScores() {
        Map<Integer, List<Integer>> byTitleTerm = new HashMap<>();
        Map<String, List<Integer>> byTitle = new HashMap<>();
        Map<String, List<Integer>> byNumber = new HashMap<>();
        for (int j = 0; j < b.size; j++) {
            for (int t : b.titleTerms[j]) {
                byTitleTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(j);
            }
            if (!b.foldedTitle[j].isEmpty()) {
                byTitle.computeIfAbsent(b.foldedTitle[j], k -> new ArrayList<>()).add(j);
            }
            if (!b.number[j].isEmpty()) {
                byNumber.computeIfAbsent(b.number[j], k -> new ArrayList<>()).add(j);
            }
        }
        long[] byShingle = shingleIndex();
        Map<Long, Double> scores = new HashMap<>();
        int[] seen = new int[b.size];
        Arrays.fill(seen, -1);
        double floor = THRESHOLD - CONTEXT;
        for (int i = 0; i < a.size; i++) {
            List<Integer> candidates = new ArrayList<>();
            List<Integer> sharing = new ArrayList<>();
            for (long s : a.shingles[i]) {
                int from = lowerBound(byShingle, s << CLAUSE_BITS);
                int to = from;
                while (to < byShingle.length && byShingle[to] >>> CLAUSE_BITS == s && to - from <= COMMON) {
                    to++;
                }
                if (to - from <= COMMON) {
                    for (int k = from; k < to; k++) {
                        int j = (int) (byShingle[k] & CLAUSE_MASK);
                        if (counted[j] != i) {
                            counted[j] = i;
                            sharedShingles[j] = 0;
                            sharing.add(j);
                        }
                        sharedShingles[j]++;
                    }
                }
            }
            // Of the clauses that share wording, only those that share the most can be this one's counterpart.
            sharing.sort((p, q) -> sharedShingles[p] != sharedShingles[q] ? Integer.compare(sharedShingles[q], sharedShingles[p])
                    : Integer.compare(p, q));
            collect(sharing.subList(0, Math.min(MOST_SHARING, sharing.size())), i, seen, candidates, false);
            for (int t : a.titleTerms[i]) {
                collect(byTitleTerm.get(t), i, seen, candidates, true);
            }
            collect(byTitle.get(a.foldedTitle[i]), i, seen, candidates, false);
            if (!a.number[i].isEmpty()) {
                collect(byNumber.get(a.number[i]), i, seen, candidates, false);
            }
            collecting = i;
            for (int j : candidates) {
                double score = score(i, j);
                if (score >= floor) {
                    scores.put(key(i, j), score);
                }
            }
        }
        collecting = -1;
        return scores;
    }

    /** Every shingle of the newer version with the clause holding it, packed in one long each and sorted. */
    private long[] shingleIndex() {
        if (b.size > CLAUSE_MASK) {
            throw new IllegalArgumentException("more than " + CLAUSE_MASK + " clauses in one version");
        }
        int total = 0;
        for (long[] s : b.shingles) {
            total += s.length;
        }
        long[] index = new long[total];
        int k = 0;
        for (int j = 0; j < b.size; j++) {
            for (long s : b.shingles[j]) {
                index[k++] = s << CLAUSE_BITS | j;
            }
        }
        Arrays.sort(index);
        return index;
    }

    /** The first position holding a value not below {@code value}. */
    private static int lowerBound(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void collect(List<Integer> posting, int i, int[] seen, List<Integer> candidates, boolean capped) {
        if (posting == null || capped && posting.size() > RARE_TITLE_WORD) {
            return;
        }
        for (int j : posting) {
            if (seen[j] != i) {
                seen[j] = i;
                candidates.add(j);
            }
        }
    }

    /** How alike two clauses are by their own number, title and text (0 to 1). */
    double score(int i, int j) {
        double title = titleSimilarity(i, j);
        double number = !a.number[i].isEmpty() && a.number[i].equals(b.number[j]) ? 1 : 0;
        double position = 1 - Math.abs((i + 0.5) / a.size - (j + 0.5) / b.size);
        boolean emptyA = a.emptyText[i];
        boolean emptyB = b.emptyText[j];
        if (emptyA && emptyB) {
            return 0.85 * title + 0.05 * number + 0.10 * position;
        }
        if (emptyA || emptyB) {
            return 0.55 * title + 0.05 * number + 0.05 * position;
        }
        return 0.40 * title + 0.50 * textSimilarity(i, j) + 0.05 * number + 0.05 * position;
    }

    double titleSimilarity(int i, int j) {
        if (!a.foldedTitle[i].isEmpty() && a.foldedTitle[i].equals(b.foldedTitle[j])) {
            // A title many clauses share ("General", "Constraints") says little about which of them this is.
            int shared = Math.max(a.titleCount.getOrDefault(a.foldedTitle[i], 1), b.titleCount.getOrDefault(b.foldedTitle[j], 1));
            return shared == 1 ? 1 : 0.5 + 0.5 / Math.sqrt(shared);
        }
        int[] x = a.titleTerms[i];
        int[] y = b.titleTerms[j];
        double shared = 0;
        double union = 0;
        int p = 0;
        int q = 0;
        while (p < x.length || q < y.length) {
            if (q == y.length || p < x.length && x[p] < y[q]) {
                union += idf[x[p++]];
            } else if (p == x.length || y[q] < x[p]) {
                union += idf[y[q++]];
            } else {
                shared += idf[x[p]];
                union += idf[x[p]];
                p++;
                q++;
            }
        }
        return union == 0 ? 0 : shared / union;
    }

    double textSimilarity(int i, int j) {
        int[] x = a.textTerms[i];
        int[] y = b.textTerms[j];
        double dot = 0;
        int p = 0;
        int q = 0;
        while (p < x.length && q < y.length) {
            if (x[p] < y[q]) {
                p++;
            } else if (y[q] < x[p]) {
                q++;
            } else {
                dot += idf[x[p]] * idf[x[p]];
                p++;
                q++;
            }
        }
        double cosine = dot == 0 ? 0 : dot / (textNormA[i] * textNormB[j]);
        double dice = 2.0 * shingles(i, j) / (a.shingles[i].length + b.shingles[j].length);
        return (cosine + dice) / 2;
    }

    /**
     * Shingles two clauses share: counted while candidates are collected (only shingles held by at most
     * {@value #COMMON} new clauses count, which leaves out only boilerplate), else merged here.
     */
    private int shingles(int i, int j) {
        if (collecting == i) {
            return counted[j] == i ? sharedShingles[j] : 0;
        }
        long[] s = a.shingles[i];
        long[] t = b.shingles[j];
        int shared = 0;
        int p = 0;
        int q = 0;
        while (p < s.length && q < t.length) {
            if (s[p] < t[q]) {
                p++;
            } else if (t[q] < s[p]) {
                q++;
            } else {
                shared++;
                p++;
                q++;
            }
        }
        return shared;
    }

    /** How well the surroundings of a pair agree in an assignment (0 to 1): parents, children, neighbours. */
    private double context(int[] match, int i, int j) {
        double sum = 0;
        int parts = 0;
        int pi = a.parent[i];
        int pj = b.parent[j];
        sum += pi < 0 && pj < 0 || pi >= 0 && pj >= 0 && match[pi] == pj ? 1 : 0;
        parts++;
        int[] ci = a.children[i];
        int[] cj = b.children[j];
        if (ci.length > 0 || cj.length > 0) {
            int agreeing = 0;
            for (int c : ci) {
                if (match[c] >= 0 && b.parent[match[c]] == j) {
                    agreeing++;
                }
            }
            sum += (double) agreeing / Math.max(ci.length, cj.length);
            parts++;
        }
        double neighbours = 0;
        if (i > 0 && j > 0 && match[i - 1] == j - 1 || i == 0 && j == 0) {
            neighbours += 0.5;
        }
        if (i + 1 < a.size && j + 1 < b.size && match[i + 1] == j + 1 || i + 1 == a.size && j + 1 == b.size) {
            neighbours += 0.5;
        }
        sum += neighbours;
        parts++;
        return sum / parts;
    }

    private double[] norms(ClauseFeatures f) {
        double[] norms = new double[f.size];
        for (int i = 0; i < f.size; i++) {
            double sum = 0;
            for (int t : f.textTerms[i]) {
                sum += idf[t] * idf[t];
            }
            norms[i] = Math.sqrt(sum);
        }
        return norms;
    }
}
