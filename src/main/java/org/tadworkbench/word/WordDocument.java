package org.tadworkbench.word;

import java.util.List;

/**
 * One Word document as its reader sees it: the body's blocks in document order (tracked changes resolved as
 * {@link WordReader.Options} asks, accepted by default), its footnotes and endnotes in the order they are referenced,
 * and a sentence for each kind of content deliberately left out (table of contents, page headers and footers,
 * comments), so that a caller can report what was not read rather than drop it silently. {@code review} holds the
 * reviewers' comments and tracked changes as data, for the import of reviewers' copies.
 */
public record WordDocument(List<Block> body, List<Note> notes, List<String> leftOut, ReviewMarkup review) {
    public WordDocument {
        body = List.copyOf(body);
        notes = List.copyOf(notes);
        leftOut = List.copyOf(leftOut);
        review = review == null ? ReviewMarkup.NONE : review;
    }

    public WordDocument(List<Block> body, List<Note> notes, List<String> leftOut) {
        this(body, notes, leftOut, ReviewMarkup.NONE);
    }

    /** The note a {@link Inline.NoteReference} points at, if the document has it. */
    public java.util.Optional<Note> note(Note.Kind kind, String id) {
        return notes.stream().filter(n -> n.kind() == kind && n.id().equals(id)).findFirst();
    }
}
