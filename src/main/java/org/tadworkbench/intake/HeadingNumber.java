package org.tadworkbench.intake;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading's literal clause number split from its title, as a reader of the document sees them: "3.14.23 results
 * property" is 3.14.23 and "results property", "3.2.  Title" (the RFC style) is 3.2, "Appendix A. (Informative)
 * Acknowledgments" is A, "F.1 General" is F.1. A heading without such a number keeps its whole text as the title
 * and an empty number. One rule for every reader (Markdown, plain text, HTML, PDF, and Word headings typed with their
 * own number), so a document read from two of its forms gets the same numbers.
 */
public record HeadingNumber(String number, String title) {

    private static final Pattern APPENDIX = Pattern.compile("(?:Appendix|APPENDIX|Annex|ANNEX)\\s+"
            + "([A-Z](?:\\.\\d+)*|\\d+(?:\\.\\d+)*)\\.?(?:\\s*[:\\u2013\\u2014-]\\s*|\\s+|$)(.*)");
    // at most three digits a part, so that a year ("2019 changes") is not taken for a clause number
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3})*)\\.?\\s+(\\S.*)");
    private static final Pattern LETTERED = Pattern.compile("([A-Z](?:\\.\\d{1,3})+)\\.?\\s+(\\S.*)");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");

    /** The number and title of a heading's text (whitespace of any kind collapsed to single spaces). */
    public static HeadingNumber split(String heading) {
        String text = collapse(heading);
        return numbered(text).orElse(new HeadingNumber("", text));
    }

    /** The number and title when the text starts with a clause number, else empty. */
    public static Optional<HeadingNumber> numbered(String heading) {
        String text = collapse(heading);
        for (Pattern pattern : new Pattern[] {APPENDIX, NUMERIC, LETTERED}) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                return Optional.of(new HeadingNumber(m.group(1), m.group(2).strip()));
            }
        }
        return Optional.empty();
    }

    /** Whitespace of any kind (no-break spaces, tabs, line breaks) as single spaces, none at either end. */
    public static String collapse(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** The level the number stands for: 3.14.23 is 3, A is 1, A.1 is 2; 0 without a number. */
    public int depth() {
        return number.isEmpty() ? 0 : number.split("\\.").length;
    }
}
