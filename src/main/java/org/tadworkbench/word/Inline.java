package org.tadworkbench.word;

/** What a paragraph holds, in order. */
public sealed interface Inline permits Inline.Text, Inline.NoteReference, Inline.Embedded {

    /**
     * A stretch of text with one formatting. {@code link} is an external address ("https://...") or an anchor inside
     * the document ("#_Ref123"), or null. Line breaks are "\n" and tabs "\t".
     */
    record Text(String text, boolean bold, boolean italic, boolean monospace, String link) implements Inline {
    }

    /** Where a footnote or endnote is referenced; {@code mark} is the number Word displays ("1", "ii"). */
    record NoteReference(Note.Kind kind, String id, String mark) implements Inline {
    }

    /**
     * Something that is not text: a picture, a chart, an embedded object, a text box. {@code kind} is "image",
     * "object" or "chart"; {@code description} is the author's alternative text or name, if any; {@code text} is the
     * text inside a text box, or "".
     */
    record Embedded(String kind, String description, String text) implements Inline {
    }
}
