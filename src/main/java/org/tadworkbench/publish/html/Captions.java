package org.tadworkbench.publish.html;

import org.commonmark.node.Node;
import org.tadworkbench.document.MarkdownText;

/**
 * The plain text of an inline node, as an image's alt text reads: the caption of a figure. Text that looks like HTML
 * ({@code <layers>}) is kept as text, as the section pages show it; the writer escapes it.
 */
public final class Captions {

    private Captions() {
    }

    public static String of(Node node) {
        return MarkdownText.plain(node).strip();
    }
}
