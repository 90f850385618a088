package org.tadworkbench.word;

import java.util.List;

/** A footnote or an endnote: its id in the package, the mark Word displays, and its paragraphs. */
public record Note(Kind kind, String id, String mark, List<Block> blocks) {
    public Note {
        blocks = List.copyOf(blocks);
    }

    public enum Kind { FOOTNOTE, ENDNOTE }
}
