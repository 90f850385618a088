package org.tadworkbench.redline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into the tokens a word diff compares: paragraph breaks, words (letters and digits, joined by inner
 * dots, hyphens and apostrophes, with trailing plus signs: "4.2.3.1", "SMETS2+", "end-to-end"), runs of spaces,
 * and single punctuation characters. Concatenating the tokens gives the text back.
 */
public final class Tokens {

    private static final Pattern TOKEN = Pattern.compile(
            "\\n\\n|[\\p{L}\\p{N}_]+(?:[.'\u2019\\-][\\p{L}\\p{N}_]+)*\\+*|[ \\t\\n\\x0B\\f\\r\u00A0]+|.", Pattern.DOTALL);

    private Tokens() {
    }

    public static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Whether the token starts with a letter, a number or an underscore (a code point test: it runs for every token). */
    public static boolean isWord(String token) {
        if (token.isEmpty()) {
            return false;
        }
        int first = token.codePointAt(0);
        int type = Character.getType(first);
        return first == '_' || Character.isLetter(first) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    public static boolean isSpace(String token) {
        return !token.isEmpty() && token.isBlank() && !token.equals("\n\n");
    }

    /** The words of a text, lower-cased: what similarity measures compare. */
    public static List<String> words(String text) {
        return of(text).stream().filter(Tokens::isWord).map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
