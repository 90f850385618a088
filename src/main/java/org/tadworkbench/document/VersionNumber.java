package org.tadworkbench.document;

import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * A document version's number, such as 0.9, 2.0 or 3.1, ordered numerically (10.0 after 9.1). Unlike a section
 * number a version may start at 0 (drafts before the first issue). Versions that are not numbers (a file may say
 * anything) sort before the numbered ones, by their text, so ordering never fails; lint reports them.
 */
public final class VersionNumber {

    private static final Pattern FORM = Pattern.compile("(0|[1-9][0-9]{0,5})(\\.(0|[1-9][0-9]{0,5}))*");

    /** Oldest first. */
    public static final Comparator<String> ORDER = (a, b) -> {
        boolean numberA = isWellFormed(a);
        boolean numberB = isWellFormed(b);
        if (numberA && numberB) {
            return Arrays.compare(parts(a), parts(b));
        }
        return numberA == numberB ? String.valueOf(a).compareTo(String.valueOf(b)) : numberA ? 1 : -1;
    };

    private VersionNumber() {
    }

    public static boolean isWellFormed(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    /** The numbers of a well-formed version; throws IllegalArgumentException otherwise. */
    public static int[] parts(String version) {
        if (!isWellFormed(version)) {
            throw new IllegalArgumentException("'" + version + "' is not a version number (such as 2.0)");
        }
        return Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }

    /** Whether {@code a} is a later version than {@code b}. */
    public static boolean isAfter(String a, String b) {
        return ORDER.compare(a, b) > 0;
    }
}
