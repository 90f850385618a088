package org.tadworkbench.specdiff.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tadworkbench.redline.WordComparison;
import org.tadworkbench.spec.SpecClause;

/**
 * What the aligner compares of each clause of one version, computed once: its place in the tree (parent by level,
 * children, position), its folded title, its title words and text words as ids of a vocabulary shared by both
 * versions, and the hashed three-word shingles of its text.
 */
public final class ClauseFeatures {

    /** Words per shingle: long enough that a shared shingle means shared wording, short enough to survive edits. */
    static final int SHINGLE = 3;
    /** Bits of a shingle's hash: with a clause index in 20 more, it stays a positive long in the candidate index. */
    static final int SHINGLE_BITS = 43;

    final List<SpecClause> clauses;
    final int size;
    final int[] parent;
    final int[][] children;
    final String[] number;
    final String[] foldedTitle;
    final List<String>[] titleWords;
    final List<String>[] textWords;
    final int[][] titleTerms;
    final int[][] textTerms;
    final long[][] shingles;
    final boolean[] emptyText;
    /** How many clauses of this version have each folded title. */
    final Map<String, Integer> titleCount = new HashMap<>();

    ClauseFeatures(List<SpecClause> clauses, Vocabulary vocabulary) {
        this.clauses = clauses;
        this.size = clauses.size();
        number = new String[size];
        foldedTitle = new String[size];
        titleWords = words(size);
        textWords = words(size);
        titleTerms = new int[size][];
        textTerms = new int[size][];
        shingles = new long[size][];
        emptyText = new boolean[size];
        parent = Tree.parents(clauses);
        int[] childCount = new int[size];
        for (int i = 0; i < size; i++) {
            SpecClause c = clauses.get(i);
            if (parent[i] >= 0) {
                childCount[parent[i]]++;
            }
            number[i] = Numbers.plain(c.number());
            titleWords[i] = words(c.title());
            foldedTitle[i] = String.join(" ", titleWords[i]);
            titleCount.merge(foldedTitle[i], 1, Integer::sum);
            titleTerms[i] = vocabulary.distinct(titleWords[i]);
            textWords[i] = words(c.text());
            emptyText[i] = textWords[i].isEmpty();
            textTerms[i] = vocabulary.distinct(textWords[i]);
            shingles[i] = shingles(textWords[i]);
        }
        children = new int[size][];
        for (int i = 0; i < size; i++) {
            children[i] = new int[childCount[i]];
        }
        int[] filled = new int[size];
        for (int i = 0; i < size; i++) {
            if (parent[i] >= 0) {
                children[parent[i]][filled[parent[i]]++] = i;
            }
        }
    }

    /** The words compared: the redline's words with quotes and dashes folded, so typography does not count. */
    static List<String> words(String text) {
        return WordComparison.words(Folding.typography(text));
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] words(int size) {
        return (List<String>[]) new List<?>[size];
    }

    private static long[] shingles(List<String> words) {
        if (words.isEmpty()) {
            return new long[0];
        }
        int count = Math.max(1, words.size() - SHINGLE + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 1125899906842597L;
            for (int k = i; k < Math.min(words.size(), i + SHINGLE); k++) {
                h = 31 * h + words.get(k).hashCode();
                h ^= h >>> 29;
            }
            // Spread the bits (the MurmurHash3 finaliser), so that the index's hash table stays flat.
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            h ^= h >>> 33;
            // The candidate index packs a shingle and a clause index into one long.
            out[i] = h >>> (64 - SHINGLE_BITS);
        }
        Arrays.sort(out);
        return distinctSorted(out);
    }

    private static long[] distinctSorted(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    /** Word ids shared by both versions, with how many clauses of both hold each word (for its weight). */
    static final class Vocabulary {
        private final Map<String, Integer> ids = new HashMap<>();
        private int[] clausesWith = new int[1024];

        int[] distinct(List<String> words) {
            int[] out = new int[words.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = ids.computeIfAbsent(words.get(k), w -> ids.size());
            }
            Arrays.sort(out);
            int n = 0;
            for (int k = 0; k < out.length; k++) {
                if (k == 0 || out[k] != out[k - 1]) {
                    out[n++] = out[k];
                }
            }
            int[] distinct = Arrays.copyOf(out, n);
            for (int id : distinct) {
                if (id >= clausesWith.length) {
                    clausesWith = Arrays.copyOf(clausesWith, Math.max(id + 1, clausesWith.length * 2));
                }
                clausesWith[id]++;
            }
            return distinct;
        }

        /** Inverse document frequency over the clause titles and texts of both versions. */
        double[] weights(int documents) {
            double[] idf = new double[ids.size()];
            for (int id = 0; id < idf.length; id++) {
                idf[id] = Math.log(1.0 + (double) documents / clausesWith[id]);
            }
            return idf;
        }
    }
}
