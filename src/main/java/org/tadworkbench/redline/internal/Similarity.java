package org.tadworkbench.redline.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Jaccard similarity of word sets (titles) and of word shingles (texts). */
public final class Similarity {

    /** Words per shingle when comparing texts. */
    public static final int SHINGLE = 3;

    private Similarity() {
    }

    /** Jaccard index of the lower-cased word sets; 1 when both are empty. */
    public static double titles(String a, String b) {
        return jaccard(new HashSet<>(Tokens.words(a)), new HashSet<>(Tokens.words(b)));
    }

    /** Jaccard index of the sets of {@value #SHINGLE}-word shingles; a text shorter than that is one shingle. */
    public static double texts(String a, String b) {
        return jaccard(shingles(Tokens.words(a)), shingles(Tokens.words(b)));
    }

    static Set<String> shingles(List<String> words) {
        Set<String> shingles = new HashSet<>();
        if (words.isEmpty()) {
            return shingles;
        }
        if (words.size() < SHINGLE) {
            shingles.add(String.join(" ", words));
            return shingles;
        }
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + SHINGLE)));
        }
        return shingles;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return (double) common / union.size();
    }
}
