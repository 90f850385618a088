package org.tadworkbench.spec;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ingested text of one specification version (specs/&lt;document&gt;/&lt;version&gt;/clauses.yaml): its clauses in
 * document order, and {@code origin}, the file it was read from (name and format), so a reader can tell which
 * rendering of the document the clause numbers come from.
 */
public record ClauseTree(String document, String version, String origin, List<SpecClause> clauses) {

    /** Document ids and versions become folder names: letters, digits, dots, dashes and underscores only. */
    public static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public ClauseTree {
        clauses = List.copyOf(clauses);
    }

    /** "DUIS:3.0d3", the form the command line names a version in. */
    public String key() {
        return document + ":" + version;
    }

    /** The first clause with this number (numbers are compared without a trailing dot). */
    public Optional<SpecClause> clause(String number) {
        String wanted = stripDot(number);
        return clauses.stream().filter(c -> stripDot(c.number()).equals(wanted)).findFirst();
    }

    private static String stripDot(String number) {
        return number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
    }

    public static boolean isSafeName(String name) {
        return name != null && SAFE_NAME.matcher(name).matches() && !name.contains("..");
    }
}
