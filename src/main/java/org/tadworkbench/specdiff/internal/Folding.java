package org.tadworkbench.specdiff.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a cosmetic change may alter: typography (curly and straight quotes, the dashes, non-breaking spaces, the
 * section sign), case, whitespace and line wrapping, punctuation and Markdown emphasis, and cross-references that
 * the alignment itself renumbered ("see Section 4.1" reading "see Section 7.1" when 4.1 became 7.1).
 */
public final class Folding {

    /** Words after which a number is a reference to a clause; conjunctions continue a list of them. */
    private static final Set<String> REFERENCE_WORDS = Set.of("section", "sections", "clause", "clauses", "subclause",
            "subclauses", "subsection", "subsections", "paragraph", "paragraphs", "appendix", "appendices", "annex",
            "annexes", "chapter", "chapters", "part", "see");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "to", "through", "nor");

    private Folding() {
    }

    /** Quotes and dashes in one form each; hyphens, apostrophes and underscores as spaces; the section sign as a word. */
    static String typography(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\'', '-', '_', '\u2010', '\u2011', '\u2012',
                        '\u2013', '\u2014', '\u2015', '\u2212', '\u00A0', '\u2009', '\u202F' -> out.append(' ');
                case '\u00A7' -> out.append(" section ");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** Whether the two texts read the same but for cosmetic differences, old references mapped through {@code renumbered}. */
    public static boolean cosmetic(String oldText, String newText, Map<String, String> renumbered) {
        return sameWords(ClauseFeatures.words(oldText), ClauseFeatures.words(newText), renumbered);
    }

    /** Whether two folded word lists ({@link ClauseFeatures#words}) are the same but for renumbered references. */
    static boolean sameWords(List<String> a, List<String> b, Map<String, String> renumbered) {
        if (a.size() != b.size()) {
            return false;
        }
        boolean reference = false;
        for (int k = 0; k < a.size(); k++) {
            String word = a.get(k);
            String other = b.get(k);
            boolean number = Character.isDigit(word.charAt(0)) || word.length() > 1 && word.charAt(1) == '.';
            // A reference to a renumbered clause must follow it: the old number would now name another clause.
            String mapped = reference && number ? renumbered.get(word) : null;
            if (!(mapped != null ? mapped.equals(other) : word.equals(other))) {
                return false;
            }
            if (REFERENCE_WORDS.contains(word)) {
                reference = true;
            } else if (!(reference && (number || CONJUNCTIONS.contains(word)))) {
                reference = false;
            }
        }
        return true;
    }
}
