package org.tadworkbench.impact;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A changed clause as users type it, {@code DOCUMENT:CLAUSE} (e.g. DUIS:1.4.2). Clauses are hierarchical: 1.4.2
 * lies within 1.4, and a range such as 5.1-5.3 covers 5.1, 5.2 and 5.3.
 */
public record ClauseRef(String document, String clause) {

    private static final Pattern PLAIN = Pattern.compile("[0-9]+(\\.[0-9]+)*");
    private static final Pattern DASHES = Pattern.compile("\\s*[–—-]\\s*");
    private static final Pattern TRAILING_DOT = Pattern.compile("\\.$");

    public static ClauseRef parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not DOCUMENT:CLAUSE (e.g. DUIS:1.4.2)");
        }
        return new ClauseRef(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
    }

    /** How the two clauses of the same document relate: SAME, WITHIN (this inside other), CONTAINS, or NONE. */
    public Relation relationTo(String document, String clause) {
        if (clause == null || !this.document.equalsIgnoreCase(document)) {
            return Relation.NONE;
        }
        String mine = normalise(this.clause);
        String theirs = normalise(clause);
        if (mine.equals(theirs) || covers(theirs, mine) && covers(mine, theirs)) {
            return Relation.SAME;
        }
        if (covers(theirs, mine)) {
            return Relation.WITHIN;
        }
        if (covers(mine, theirs)) {
            return Relation.CONTAINS;
        }
        return Relation.NONE;
    }

    public enum Relation { SAME, WITHIN, CONTAINS, NONE }

    @Override
    public String toString() {
        return document + ":" + clause;
    }

    /** Whether clause {@code outer} covers clause {@code inner}: a prefix in the outline, or a range holding it. */
    static boolean covers(String outer, String inner) {
        if (outer.contains("-")) {
            String[] range = outer.split("-", 2);
            return inRange(inner, range[0], range[1]) || covers(range[0], inner);
        }
        return inner.equals(outer) || inner.startsWith(outer + ".");
    }

    private static boolean inRange(String clause, String from, String to) {
        String[] a = from.split("\\.");
        String[] b = to.split("\\.");
        String[] c = clause.split("\\.");
        if (a.length != b.length || c.length < a.length) {
            return false;
        }
        for (int i = 0; i < a.length - 1; i++) {
            if (!a[i].equals(b[i]) || !a[i].equals(c[i])) {
                return false;
            }
        }
        try {
            int last = Integer.parseInt(c[a.length - 1]);
            return last >= Integer.parseInt(a[a.length - 1]) && last <= Integer.parseInt(b[b.length - 1]);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** "§1.4.2", " 1.4.2 " and "1.4.2." are the same clause; ranges are written with a plain hyphen. */
    static String normalise(String clause) {
        if (PLAIN.matcher(clause).matches()) {
            return clause; // the usual case (1.4.2): nothing to rewrite, and this runs for every trace a query meets
        }
        String text = DASHES.matcher(clause.strip().replace("§", "")).replaceAll("-");
        return TRAILING_DOT.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    }

}
