package org.tadworkbench.intake.pdf;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading's text split into its clause number and title: "3.14.23 results property" is 3.14.23 and "results
 * property"; "Appendix A. (Informative) Acknowledgments" is A (as the Word reader numbers it) and "(Informative)
 * Acknowledgments"; "A.1 General" is A.1. The level a number implies is the count of its parts ("3.14.23" is 3,
 * A 1, "A.1" 2).
 */
record NumberedTitle(String number, String title) {

    private static final Pattern DECIMAL = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})*)\\.?\\s+(\\S.*)$");
    private static final Pattern ANNEX = Pattern.compile("^(?:Appendix|Annex)\\s+([A-Z])(?:[.:]|\\s*[-\u2013\u2014])?\\s*(.*)$");
    private static final Pattern LETTERED = Pattern.compile("^([A-Z](?:\\.\\d{1,3})+)\\.?\\s+(\\S.*)$");

    /** The number and title of a heading's text, or the whole text as the title when it holds no number. */
    static NumberedTitle of(String heading) {
        String text = heading.replace('\t', ' ').replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return numbered(text).orElse(new NumberedTitle("", text));
    }

    /** The number and title when the text starts with a clause number, else empty. */
    static Optional<NumberedTitle> numbered(String text) {
        for (Pattern pattern : new Pattern[] {DECIMAL, ANNEX, LETTERED}) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                return Optional.of(new NumberedTitle(m.group(1), m.group(2).strip()));
            }
        }
        return Optional.empty();
    }

    int impliedLevel() {
        return number.isEmpty() ? 1 : number.split("\\.").length;
    }
}
