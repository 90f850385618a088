package org.tadworkbench.publish;

import org.tadworkbench.document.Applicability;

/**
 * One section as it is published: numbered, with a stable anchor ({@code sec-4-2-1-7}) that every format uses,
 * and its Markdown text. {@code variation} is true when the section exists only for SMETS1 or only for SMETS2+,
 * which a variant build marks.
 */
public record AssembledSection(String number, String title, int depth, Applicability applicability, String anchor,
                               String markdown, boolean variation) {

    public static String anchorOf(String number) {
        return "sec-" + number.replace('.', '-');
    }
}
