package org.tadworkbench.word;

/**
 * The number or bullet Word displays in front of a paragraph, computed from numbering.xml as Word does: the level's
 * text ({@code %1.%2.}) filled with each level's counter in its format. {@code numId} and {@code level} (0-8) say
 * which list and depth; {@code format} is the level's numFmt ("decimal", "lowerLetter", "bullet", ...); {@code value}
 * is this level's counter.
 */
public record ListLabel(String numId, int level, String text, String format, int value) {

    public boolean bullet() {
        return "bullet".equals(format);
    }
}
