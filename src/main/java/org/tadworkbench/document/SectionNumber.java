package org.tadworkbench.document;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A dotted section number such as 4.2.3.1, ordered numerically (4.10 after 4.9). */
public record SectionNumber(int[] parts) implements Comparable<SectionNumber> {

    private static final Pattern FORM = Pattern.compile("[1-9][0-9]{0,2}(\\.(0|[1-9][0-9]{0,2}))*");

    public static boolean isWellFormed(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    /** Parses a well-formed number; throws IllegalArgumentException otherwise. */
    public static SectionNumber parse(String text) {
        if (!isWellFormed(text)) {
            throw new IllegalArgumentException("malformed section number '" + text + "'");
        }
        return new SectionNumber(Arrays.stream(text.split("\\.")).mapToInt(Integer::parseInt).toArray());
    }

    public int depth() {
        return parts.length;
    }

    public Optional<SectionNumber> parent() {
        return parts.length == 1 ? Optional.empty() : Optional.of(new SectionNumber(Arrays.copyOf(parts, parts.length - 1)));
    }

    @Override
    public int compareTo(SectionNumber other) {
        return Arrays.compare(parts, other.parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SectionNumber other && Arrays.equals(parts, other.parts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        return Arrays.stream(parts).mapToObj(Integer::toString).collect(Collectors.joining("."));
    }
}
