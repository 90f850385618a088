package org.tadworkbench.redline.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs the sections of two versions. Deterministic: it depends only on the order and content of the two lists.
 * <ol>
 *   <li>Same number and similar title (word-set Jaccard ≥ {@value #SAME_NUMBER_TITLE}) or similar text (shingle
 *       Jaccard ≥ {@value #TEXT}): the same section.</li>
 *   <li>The rest, pairwise: a candidate when the texts are similar (≥ {@value #TEXT}), or the titles are the same
 *       words and the texts somewhat similar (≥ {@value #SAME_TITLE_TEXT}; two empty texts count as similar).
 *       Candidates are taken best score first ({@code 0.7 × text + 0.3 × title}; ties by old, then new outline
 *       position), each section at most once.</li>
 *   <li>Whatever is left is removed (old) or added (new).</li>
 * </ol>
 */
public final class SectionMatcher {

    public static final double SAME_NUMBER_TITLE = 0.5;
    public static final double TEXT = 0.6;
    public static final double SAME_TITLE_TEXT = 0.3;

    /** A section as compared: its number, title and plain text. */
    public record Item(String number, String title, String text) {
    }

    private record Candidate(int oldIndex, int newIndex, double score) {
    }

    private SectionMatcher() {
    }

    /** For each old section, the index of its new counterpart, or -1 when it was removed. */
    public static int[] match(List<Item> older, List<Item> newer) {
        int[] newForOld = new int[older.size()];
        boolean[] newTaken = new boolean[newer.size()];
        Arrays.fill(newForOld, -1);
        for (int i = 0; i < older.size(); i++) {
            Item o = older.get(i);
            for (int j = 0; j < newer.size(); j++) {
                Item n = newer.get(j);
                if (!newTaken[j] && o.number().equals(n.number())
                        && (Similarity.titles(o.title(), n.title()) >= SAME_NUMBER_TITLE || Similarity.texts(o.text(), n.text()) >= TEXT)) {
                    newForOld[i] = j;
                    newTaken[j] = true;
                    break;
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < older.size(); i++) {
            if (newForOld[i] >= 0) {
                continue;
            }
            Item o = older.get(i);
            for (int j = 0; j < newer.size(); j++) {
                if (newTaken[j]) {
                    continue;
                }
                Item n = newer.get(j);
                double text = Similarity.texts(o.text(), n.text());
                double title = Similarity.titles(o.title(), n.title());
                if (text >= TEXT || (title == 1.0 && text >= SAME_TITLE_TEXT)) {
                    candidates.add(new Candidate(i, j, 0.7 * text + 0.3 * title));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::oldIndex).thenComparingInt(Candidate::newIndex));
        for (Candidate c : candidates) {
            if (newForOld[c.oldIndex()] < 0 && !newTaken[c.newIndex()]) {
                newForOld[c.oldIndex()] = c.newIndex();
                newTaken[c.newIndex()] = true;
            }
        }
        return newForOld;
    }
}
