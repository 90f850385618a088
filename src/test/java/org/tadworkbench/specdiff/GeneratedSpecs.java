package org.tadworkbench.specdiff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecClause;

/**
 * Random specifications for property tests of the alignment: outlines of three levels, titles of two to four words
 * and texts of one to three paragraphs drawn from an invented vocabulary (so no two clauses read alike by chance),
 * wrapped at 70 columns as documents are. Clause numbers follow the outline, as a reader numbers headings.
 */
final class GeneratedSpecs {

    /** A clause before numbering: its level, title and text. */
    record Node(int level, String title, String text) {
    }

    private final Random random;
    private final List<String> vocabulary = new ArrayList<>();
    private final Set<String> titles = new HashSet<>();

    GeneratedSpecs(long seed) {
        random = new Random(seed);
        String[] syllables = {"ka", "lo", "mi", "ren", "tu", "sa", "vor", "pel", "dri", "nam", "qui", "zet", "bo", "lan", "fe", "gur"};
        Set<String> words = new HashSet<>();
        while (words.size() < 600) {
            StringBuilder w = new StringBuilder();
            for (int k = 0, n = 2 + random.nextInt(2); k < n; k++) {
                w.append(syllables[random.nextInt(syllables.length)]);
            }
            words.add(w.toString());
        }
        vocabulary.addAll(words.stream().sorted().toList());
    }

    /** An outline of about {@code count} clauses. */
    List<Node> outline(int count) {
        List<Node> nodes = new ArrayList<>();
        int level = 1;
        for (int k = 0; k < count; k++) {
            nodes.add(new Node(level, title(), text()));
            int next = k == 0 ? 2 : level + random.nextInt(3) - 1;
            level = Math.max(1, Math.min(3, next));
        }
        return nodes;
    }

    String title() {
        while (true) {
            List<String> words = words(2 + random.nextInt(3));
            String t = Character.toUpperCase(words.get(0).charAt(0)) + String.join(" ", words).substring(1);
            if (titles.add(t)) {
                return t;
            }
        }
    }

    String text() {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0, n = 1 + random.nextInt(3); p < n; p++) {
            paragraphs.add(wrap(sentence(25 + random.nextInt(40))));
        }
        return String.join("\n\n", paragraphs);
    }

    String sentence(int words) {
        String s = String.join(" ", words(words));
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    List<String> words(int n) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return out;
    }

    String word() {
        return vocabulary.get(random.nextInt(vocabulary.size()));
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Lines of at most 70 characters, as a document wraps them. */
    static String wrap(String paragraph) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (String w : paragraph.split(" ")) {
            if (column > 0 && column + 1 + w.length() > 70) {
                out.append('\n');
                column = 0;
            } else if (column > 0) {
                out.append(' ');
                column++;
            }
            out.append(w);
            column += w.length();
        }
        return out.toString();
    }

    /** The clause tree with numbers from the outline ("1", "1.2", "1.2.3"). */
    static ClauseTree tree(String version, List<Node> nodes) {
        int[] counters = new int[10];
        List<SpecClause> clauses = new ArrayList<>();
        for (int k = 0; k < nodes.size(); k++) {
            Node n = nodes.get(k);
            counters[n.level()]++;
            for (int l = n.level() + 1; l < counters.length; l++) {
                counters[l] = 0;
            }
            StringBuilder number = new StringBuilder();
            for (int l = 1; l <= n.level(); l++) {
                number.append(l > 1 ? "." : "").append(counters[l]);
            }
            clauses.add(new SpecClause(number.toString(), n.title(), n.level(), n.text(), "line " + (k + 1)));
        }
        return new ClauseTree("GEN", version, "generated", clauses);
    }

    /** Where the subtree of the clause at {@code k} ends (exclusive). */
    static int subtreeEnd(List<Node> nodes, int k) {
        int end = k + 1;
        while (end < nodes.size() && nodes.get(end).level() > nodes.get(k).level()) {
            end++;
        }
        return end;
    }
}
