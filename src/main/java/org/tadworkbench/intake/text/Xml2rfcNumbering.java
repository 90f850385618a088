package org.tadworkbench.intake.text;

/**
 * Clause numbers as xml2rfc gives them to headings that hold none: in the middle of the document 1, 1.1, 1.2, 2 ...;
 * in the back appendices A, A.1, B ...; a section marked unnumbered, and everything inside it, gets no number and
 * moves no counter. Levels that skip (a level-3 heading right under a level-1 one) are taken as the next level down.
 */
final class Xml2rfcNumbering {

    private final int[] counters = new int[16];
    private int depth;
    private int unnumberedFrom = Integer.MAX_VALUE;
    private boolean back;

    /** From here on, top-level clauses are appendices (A, B, ...). */
    void startBack() {
        back = true;
        counters[0] = 0;
        depth = 0;
        unnumberedFrom = Integer.MAX_VALUE;
    }

    /** The level a heading of Markdown level {@code level} takes: at most one below the one before it. */
    int levelOf(int level) {
        return Math.max(1, Math.min(level, depth + 1));
    }

    /** The number of the next heading at Markdown level {@code level}, or "" when it (or its parent) is unnumbered. */
    String next(int level, boolean numbered) {
        int at = Math.min(levelOf(level), counters.length);
        depth = at;
        if (at <= unnumberedFrom) {
            unnumberedFrom = Integer.MAX_VALUE;
        }
        if (!numbered || unnumberedFrom < at) {
            unnumberedFrom = Math.min(unnumberedFrom, at);
            return "";
        }
        counters[at - 1]++;
        for (int i = at; i < counters.length; i++) {
            counters[i] = 0;
        }
        StringBuilder number = new StringBuilder(back ? letters(counters[0]) : String.valueOf(counters[0]));
        for (int i = 1; i < at; i++) {
            number.append('.').append(counters[i]);
        }
        return number.toString();
    }

    /** 1 is A, 26 is Z, 27 is AA. */
    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int k = n; k > 0; k = (k - 1) / 26) {
            s.insert(0, (char) ('A' + (k - 1) % 26));
        }
        return s.toString();
    }
}
